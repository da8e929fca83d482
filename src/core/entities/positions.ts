/**
 * Positions: a head ("Phó Chủ tịch", "Bí thư", "Giám đốc") and the organisation it belongs to
 * ("UBND tỉnh", "Thành ủy Điện Biên Phủ", "Bộ Giao thông vận tải"), with "nguyên"/"quyền" kept.
 *
 * The organisation runs over capitalised words, abbreviations (UBND, TP.HCM, Q.3, KH&ĐT),
 * the lowercase words organisations are made of (tỉnh, thường trực...), and, inside a name
 * written in sentence case ("Ban Quản lý dự án..."), any word but a verb or function word.
 * It ends at punctuation, a stop word, or a personal name: a name right after the position
 * is the person who holds it ("Bí thư Tỉnh ủy Trần Quốc Cường").
 */
import { headAt, honorificAt, orgWordAt, prefixAt, rankAt, stopAt } from './lexicon';
import { ORG_HEADS } from './lexicon-titles';
import { capitalRunEnd, nameInRun, type NameSpan } from './names';
import type { Token } from './tokens';

/** A position found at some token, and the name that follows it, if any. */
export type ParsedPosition = {
  /** First token of the position (its prefix or head). */
  from: number;
  /** End (exclusive) of the position. */
  to: number;
  /** Where the organisation starts (after the head). */
  tail: number;
  /** The personal name right after it, or null. */
  name: NameSpan | null;
};

const MAX_TAIL = 16;
const ABBREVIATION = /[\p{Lu}\p{N}]/u;

/** Whether a token is a dash used as punctuation. */
export const isDash = (t: Token | undefined): boolean => t?.kind === 'punct' && /^[-–—]$/.test(t.shape);

/** Parse the position that starts at `at` (prefix or head), or null when no head is there. */
export function parsePosition(tokens: readonly Token[], at: number): ParsedPosition | null {
  const head = at + prefixAt(tokens, at);
  const size = headAt(tokens, head);
  if (!size) return null;
  const tail = head + size;
  let j = tail;
  let inOrg = false;
  while (j < tokens.length && j - tail < MAX_TAIL) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      const next = t.shape === ',' || isDash(t) ? orgContinuation(tokens, j) : 0;
      if (!next) break;
      j = next;
      continue;
    }
    if (t.capital) {
      const end = capitalRunEnd(tokens, j);
      const name = nameInRun(tokens, j, end, { direct: j === tail, person: false });
      if (name) return { from: at, to: name.from, tail, name };
      inOrg ||= ORG_HEADS.has(t.low);
      // "Tỉnh ủy", "Quốc hội": a capital and a lowercase word that make one organisation.
      j = Math.max(end, j + orgWordAt(tokens, j));
      continue;
    }
    const org = orgWordAt(tokens, j);
    if (org) {
      j += org;
      continue;
    }
    // A rank or honorific starts the next person: "…, Giám đốc Công an tỉnh và Thượng tá X".
    if (rankAt(tokens, j) || honorificAt(tokens, j)) break;
    if (t.marked === 'và') {
      if (!tokens[j + 1]?.capital || headAt(tokens, j + 1) || rankAt(tokens, j + 1) || honorificAt(tokens, j + 1) || startsName(tokens, j + 1)) break;
      j++;
      continue;
    }
    if (stopAt(tokens, j)) break;
    if (ABBREVIATION.test(t.shape) || inOrg) {
      j++;
      continue;
    }
    break;
  }
  return { from: at, to: j, tail, name: null };
}

// Heads of businesses and cooperatives are not officials: "Giám đốc Công ty…", "Chủ nhiệm HTX…".
const BUSINESSES = new Set(['công ty', 'tổng công ty', 'hợp tác xã', 'htx', 'doanh nghiệp', 'tập đoàn', 'liên danh', 'nhà máy', 'cửa hàng', 'trang trại', 'nhà thầu']);

/** Whether a position heads a business ("Giám đốc Công ty cổ phần…") rather than a public body. */
export function headsBusiness(tokens: readonly Token[], position: ParsedPosition): boolean {
  const words = (n: number): string =>
    tokens
      .slice(position.tail, position.tail + n)
      .map((t) => t.marked)
      .join(' ');
  return [1, 2, 3].some((n) => BUSINESSES.has(words(n)));
}

/** Whether a personal name starts at `at` (a delimited run from a family name on). */
function startsName(tokens: readonly Token[], at: number): boolean {
  const name = nameInRun(tokens, at, capitalRunEnd(tokens, at), { direct: true, person: false });
  return name?.from === at;
}

/**
 * Organisation names with inner punctuation: ", Thể thao và Du lịch", "- Thương binh và Xã hội".
 * After the comma or dash at `at`: capitalised words and "và" + capital, up to punctuation.
 * Returns where that continuation ends, or 0 when the punctuation ends the position.
 */
function orgContinuation(tokens: readonly Token[], at: number): number {
  const first = tokens[at + 1];
  if (!first?.capital || headAt(tokens, at + 1) || startsName(tokens, at + 1)) return 0;
  let k = at + 1;
  let joined = false;
  while (k < tokens.length && k - at <= 7) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    if (t.marked === 'và') {
      if (!tokens[k + 1]?.capital) return 0;
      joined = true;
    } else if (!t.capital && stopAt(tokens, k)) break;
    k++;
  }
  return joined ? k : 0;
}
