/**
 * The matching key: the form quotes and page text are compared in.
 *
 * Derived from NFC text with a 1:1 map back to it: whitespace of any kind (NBSP,
 * newlines, indentation), zero-width characters and soft hyphens are dropped,
 * letters are lowercased, typographic quotes and dashes become ASCII, and
 * old/new Vietnamese tone placement is made one
 * (hòa/hoà, thủy/thuỷ, khỏe/khoẻ all key as the new style). So re-indented HTML,
 * a collapsed space, an NBSP or a re-typed tone mark cost no edit errors, while
 * diacritics still tell "hòa" from "hỏa" (the fold in core/text would not).
 */

/** A key string and, for each of its code units, the offset in the source text. */
export type Key = {
  /** The key text. */
  key: string;
  /** `map[i]` is the source offset of key unit `i`. */
  map: Int32Array;
};

/** True for code units the key drops: whitespace, zero-width characters, soft hyphen. */
function isDropped(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/** Typographic quotes and dashes, which come and go when a site re-publishes, keyed as ASCII. */
function plain(c: number): number {
  if (c < 0x2010 || c > 0x2212) return c;
  if (c <= 0x2015 || c === 0x2212) return 0x2d; // dashes, minus
  if ((c >= 0x2018 && c <= 0x201b) || c === 0x2032) return 0x27; // single quotes, prime
  if ((c >= 0x201c && c <= 0x201f) || c === 0x2033) return 0x22; // double quotes, double prime
  return c;
}

// Old style puts the tone on the first vowel of open oa/oe/uy (hòa, khỏe, thủy); new style on the second.
const O_TONED = [0xf2, 0xf3, 0x1ecf, 0xf5, 0x1ecd]; // ò ó ỏ õ ọ
const U_TONED = [0xf9, 0xfa, 0x1ee7, 0x169, 0x1ee5]; // ù ú ủ ũ ụ
const A_TONED = [0xe0, 0xe1, 0x1ea3, 0xe3, 0x1ea1]; // à á ả ã ạ
const E_TONED = [0xe8, 0xe9, 0x1ebb, 0x1ebd, 0x1eb9]; // è é ẻ ẽ ẹ
const Y_TONED = [0x1ef3, 0xfd, 0x1ef7, 0x1ef9, 0x1ef5]; // ỳ ý ỷ ỹ ỵ

/** Move tones from o/u to the following a, e or y, in place (length-preserving). */
function canonicalTones(units: Uint16Array, n: number): void {
  for (let i = 0; i + 1 < n; i++) {
    const c = units[i]!;
    if (c < 0xf2) continue;
    const next = units[i + 1]!;
    let tone = O_TONED.indexOf(c);
    if (tone >= 0 && (next === 0x61 || next === 0x65)) {
      units[i] = 0x6f; // o
      units[i + 1] = (next === 0x61 ? A_TONED : E_TONED)[tone]!;
      continue;
    }
    tone = U_TONED.indexOf(c);
    if (tone >= 0 && next === 0x79) {
      units[i] = 0x75; // u
      units[i + 1] = Y_TONED[tone]!;
    }
  }
}

const decoder = typeof TextDecoder === 'undefined' ? null : new TextDecoder('utf-16le');

/** A string from UTF-16 code units (TextDecoder for long runs: fromCharCode chunks are slower there). */
function stringOf(units: Uint16Array): string {
  if (decoder && units.length > 2048) return decoder.decode(units);
  let out = '';
  for (let i = 0; i < units.length; i += 2048) out += String.fromCharCode(...units.subarray(i, i + 2048));
  return out;
}

/** The key of `text` (or of `text.slice(from, to)`, mapped to offsets in `text`). */
export function keyOf(text: string, from = 0, to = text.length): Key {
  const source = text.slice(from, to);
  let lower = source.toLowerCase();
  // Lowercasing is 1:1 except for rare letters (İ); then keep the case rather than lose the map.
  if (lower.length !== source.length) lower = source;
  const units = new Uint16Array(lower.length);
  const map = new Int32Array(lower.length);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c <= 0x20 || (c >= 0xa0 && isDropped(c))) continue;
    units[n] = c >= 0x2010 ? plain(c) : c;
    map[n++] = from + i;
  }
  canonicalTones(units, n);
  return { key: stringOf(units.subarray(0, n)), map: map.subarray(0, n) };
}

/** First index in a sorted offset map at or after `offset`. */
export function lowerBound(map: Int32Array, offset: number): number {
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
