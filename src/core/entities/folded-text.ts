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
  start: Int32Array;
  /** For each character of `lower`/`shape`: where its source character (with its marks) ends. */
  end: Int32Array;
};

// What a character folds to, cached: "" for a combining mark, " " for a space, SKIP for a
// zero-width character, else its base letters with đ→d (case kept). Decomposing each character
// once instead of at every occurrence is what keeps a 5,000-word article within budget.
const SKIP = '\u0000';
const bases = new Map<string, string>();

function baseOf(ch: string): string {
  let base = bases.get(ch);
  if (base !== undefined) return base;
  if (ZERO_WIDTH.test(ch)) base = SKIP;
  else if (SPACE.test(ch)) base = ' ';
  else {
    base = '';
    for (const part of ch.normalize('NFD')) if (!MARKS.test(part)) base += part;
    base = base.replace('đ', 'd').replace('Đ', 'D');
  }
  bases.set(ch, base);
  return base;
}

/** Fold `source` (see core/text/fold) and keep, for every folded character, its place in `source`. */
export function foldText(source: string): FoldedText {
  let shape = '';
  let lower = '';
  const n = source.length;
  // A folded text is rarely longer than its source; `grow` covers the rare letters that are.
  let start: Int32Array = new Int32Array(n + 8);
  let end: Int32Array = new Int32Array(n + 8);
  let length = 0;
  const push = (at: number, to: number): void => {
    if (length === start.length) [start, end] = [grow(start), grow(end)];
    start[length] = at;
    end[length++] = to;
  };
  // Tracked apart: asking the growing string would flatten it at every character.
  let lastIsSpace = true;
  for (let i = 0; i < n; ) {
    const at = i;
    const code = source.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    // ASCII letters, digits and punctuation fold to themselves (lowercased).
    if (code > 32 && code < 127) {
      const ch = source[at]!;
      shape += ch;
      lower += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      push(at, i);
      lastIsSpace = false;
      continue;
    }
    const base = baseOf(source.slice(at, i));
    if (base === SKIP) continue;
    if (base === ' ') {
      if (!lastIsSpace) {
        shape += ' ';
        lower += ' ';
        push(at, i);
        lastIsSpace = true;
      }
      continue;
    }
    if (base === '') {
      // A combining mark of NFD input: it belongs to the letter before it.
      if (length > 0 && end[length - 1] === at) end[length - 1] = i;
      continue;
    }
    const low = base.toLowerCase();
    // Keep the two views aligned: a letter whose lowercase changes length stays as it is.
    shape += base;
    lower += low.length === base.length ? low : base;
    for (let k = 0; k < base.length; k++) push(at, i);
    lastIsSpace = false;
  }
  if (lastIsSpace && length > 0) {
    shape = shape.slice(0, -1);
    lower = lower.slice(0, -1);
    length--;
  }
  return { source, lower, shape, start: start.subarray(0, length), end: end.subarray(0, length) };
}

function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The source text behind folded characters [from, to). */
export function sourceSpan(text: FoldedText, from: number, to: number): { start: number; end: number } {
  if (to <= from) return { start: text.start[from] ?? text.source.length, end: text.start[from] ?? text.source.length };
  return { start: text.start[from]!, end: text.end[to - 1]! };
}
