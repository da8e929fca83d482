/**
 * Amounts of money with their value: "60 triệu đồng", "1.234,5 tỷ đồng", "2,5 nghìn tỷ đồng",
 * "15 triệu USD", "500.000đ", "1,5 tỷ VNĐ".
 *
 * Vietnamese writes a dot between thousands and a comma before decimals. A number whose dots
 * do not group thousands ("2.5 tỷ") is read as a decimal, and "1,234,567 USD" as English.
 * The text reported is the number and unit only: "hơn", "gần", "trên", "khoảng" stay out.
 * Values are computed on digit strings, so that 3.412,7 tỷ is exactly 3412700000000.
 */
import { foldText, sourceSpan, type FoldedText } from './folded-text';
import type { AmountSuggestion } from './types';

const NUMBER = String.raw`\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const MULTIPLIER = String.raw`(?:tram|nghin|ngan|trieu|ty|ti)(?![\p{L}\p{N}])`;
const CURRENCY = String.raw`dong|vnd|usd|do la my|do la|do|us\$|\$|₫|d`;
// A number with its multipliers ("2,5 nghìn tỷ"), possibly after bigger ones ("2 tỷ 500 triệu").
const PART = String.raw`(?:${NUMBER})(?: ?${MULTIPLIER})*`;
const AMOUNT = new RegExp(String.raw`(?<![\p{L}\p{N}.,])((?:(?:${NUMBER})(?: ?${MULTIPLIER})+ )*${PART}) ?(${CURRENCY})(?![\p{L}\p{N}])`, 'gu');
const PARTS = new RegExp(String.raw`(${NUMBER})((?: ?${MULTIPLIER})*)`, 'gu');
const POWERS: Readonly<Record<string, number>> = { tram: 2, nghin: 3, ngan: 3, trieu: 6, ty: 9, ti: 9 };
// "đồng" is also the first half of these words: "3 đồng chí" is not three dong, nor "5 nghìn đồng bào".
const DONG_COMPOUNDS = /^ ?(?:chi|bao|thoi|y|hanh|loat|bo|doi|tinh|nghiep|chu|hoc|huong|dang|nat|ruong|co|ho|phuc|long|bang|tam|khoi|minh)(?![\p{L}\p{N}])/u;

/** Amounts of money in `text` (NFC or NFD), in order, each value once per currency. */
export function findAmounts(text: string | FoldedText): AmountSuggestion[] {
  const folded = typeof text === 'string' ? foldText(text) : text;
  const found: AmountSuggestion[] = [];
  const seen = new Set<string>();
  for (const m of folded.lower.matchAll(AMOUNT)) {
    const [whole, amount, unit] = m as unknown as [string, string, string];
    const span = sourceSpan(folded, m.index, m.index + whole.length);
    const written = folded.source.slice(span.start, span.end).normalize('NFC');
    const currency = currencyOf(unit, written, folded.lower.slice(m.index + whole.length));
    if (!currency) continue;
    let value: number | null = 0;
    let bare = true; // no multiplier at all: "500.000 đồng"
    for (const [, number, multipliers] of amount.matchAll(PARTS) as unknown as Iterable<[string, string, string]>) {
      const power = multipliers.trim().split(' ').filter(Boolean).reduce((sum, w) => sum + (POWERS[w] ?? 0), 0);
      const part = valueOf(number, power);
      bare &&= power === 0;
      value = part === null || value === null ? null : value + part;
    }
    if (value === null || (bare && currency === 'VND' && value < 1000)) continue;
    const key = `${currency}:${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ text: written.replace(/[\s\u00A0]+/g, ' '), value, currency });
  }
  return found;
}

/** The currency a unit names, checked against the marks of what is written. */
function currencyOf(unit: string, written: string, after: string): 'VND' | 'USD' | null {
  const last = written.toLowerCase();
  switch (unit) {
    case 'dong':
      return DONG_COMPOUNDS.test(after) ? null : 'VND';
    case 'vnd':
    case '₫':
      return 'VND';
    case 'd':
      return /đ$/.test(last) ? 'VND' : null;
    case 'do':
      return /đô$/.test(last) ? 'USD' : null;
    default:
      return 'USD';
  }
}

/** The value of a written number times 10^power, as an integer, or null when it is not one. */
export function valueOf(number: string, power: number): number | null {
  let whole: string;
  let fraction = '';
  if (/^\d{1,3}(?:,\d{3}){2,}/.test(number)) {
    [whole, fraction = ''] = number.replace(/,/g, '').split('.') as [string, string?];
  } else if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(number)) {
    [whole, fraction = ''] = number.replace(/\./g, '').split(',') as [string, string?];
  } else if (power === 0 && /^\d{1,3},\d{3}$/.test(number)) {
    whole = number.replace(',', ''); // "1,500 USD": with no multiplier, a comma before three digits groups thousands
  } else {
    [whole, fraction = ''] = number.split(/[.,]/) as [string, string?];
  }
  const shift = power - fraction.length;
  const digits = BigInt(whole + fraction);
  const scaled = shift >= 0 ? digits * 10n ** BigInt(shift) : (digits * 2n + 10n ** BigInt(-shift)) / (2n * 10n ** BigInt(-shift));
  const value = Number(scaled);
  return Number.isSafeInteger(value) ? value : null;
}
