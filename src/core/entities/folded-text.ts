/**
 * The fold of core/text/fold, computed with an offset map back to the input.
 *
 * Why fold rather than NFC plus tone-tolerant patterns: pages arrive in NFC and NFD, with old
 * and new tone placement (Ủy/Uỷ, hòa/hoà) and sometimes without some marks at all. Folding makes
 * every spelling the same ASCII-like string, so the lexicons stay short and are written once.
 * Two views come out of one pass, character for character: `lower` (exactly `fold(text)`) for
 * the lexicons, and `shape` (same letters, case kept) because capitals are what mark a
 * Vietnamese personal name. `start`/`end` map every folded character back to the input, so a
 * match is reported as the input wrote it. The few words whose folds collide (bí/bị, trưởng/
 * trường, đang/Đảng) are told apart by `marked` (NFC, lowercase, marks kept) on the token.
 */

const MARKS = /\p{M}/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

/** A folded view of some text, mapped back to it character by character. */
export type FoldedText = {
  /** The input, unchanged. */
  source: string;
  /** `fold(source)`: marks stripped, đ→d, lowercase, zero-width dropped, spaces collapsed. */
  lower: string;
  /** Like `lower` but with case kept ("Trần Quốc Cường" → "Tran Quoc Cuong"). */
  shape: string;
  /** For each character of `lower`/`shape`: where its source character starts. */
  start: number[];
  /** For each character of `lower`/`shape`: where its source character (with its marks) ends. */
  end: number[];
};

/** Fold `source` (see core/text/fold) and keep, for every folded character, its place in `source`. */
export function foldText(source: string): FoldedText {
  let lower = '';
  let shape = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of source) {
    const at = i;
    i += ch.length;
    if (ZERO_WIDTH.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (shape.length > 0 && !shape.endsWith(' ')) {
        shape += ' ';
        lower += ' ';
        start.push(at);
        end.push(i);
      }
      continue;
    }
    let base = '';
    for (const part of ch.normalize('NFD')) if (!MARKS.test(part)) base += part;
    if (base === '') {
      // A combining mark of NFD input: it belongs to the letter before it.
      if (end.length > 0 && end[end.length - 1] === at) end[end.length - 1] = i;
      continue;
    }
    base = base.replace('đ', 'd').replace('Đ', 'D');
    const low = base.toLowerCase();
    // Keep the two views aligned: a letter whose lowercase changes length stays as it is.
    const lowOk = low.length === base.length;
    for (let k = 0; k < base.length; k++) {
      shape += base[k];
      lower += lowOk ? low[k] : base[k];
      start.push(at);
      end.push(i);
    }
  }
  if (shape.endsWith(' ')) {
    shape = shape.slice(0, -1);
    lower = lower.slice(0, -1);
    start.pop();
    end.pop();
  }
  return { source, lower, shape, start, end };
}

/** The source text behind folded characters [from, to). */
export function sourceSpan(text: FoldedText, from: number, to: number): { start: number; end: number } {
  if (to <= from) return { start: text.start[from] ?? text.source.length, end: text.start[from] ?? text.source.length };
  return { start: text.start[from]!, end: text.end[to - 1]! };
}
