/**
 * The matching key: the form quotes and page text are compared in.
 *
 * Derived from NFC text with a 1:1 map back to it: whitespace of any kind (NBSP,
 * newlines, indentation), zero-width characters and soft hyphens are dropped,
 * letters are lowercased, and old/new Vietnamese tone placement is made one
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

// Old style puts the tone on the first vowel of open oa/oe/uy; new style on the second.
const O_TONED = 'òóỏõọ';
const U_TONED = 'ùúủũụ';
const SECOND: Record<string, string> = { a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ' };

/** True for code units the key drops: whitespace, zero-width characters, soft hyphen. */
function isDropped(c: number): boolean {
  if (c <= 0x20) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/** The key of `text` (or of `text.slice(from, to)`, mapped to offsets in `text`). */
export function keyOf(text: string, from = 0, to = text.length): Key {
  const source = text.slice(from, to);
  let lower = source.toLowerCase();
  // Lowercasing is 1:1 except for rare letters (İ); then keep the case rather than lose the map.
  if (lower.length !== source.length) lower = source;
  // Typographic quotes and dashes come and go when a site re-publishes: one form each.
  lower = lower.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c-\u201f\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-');
  const parts: string[] = [];
  const map = new Int32Array(lower.length);
  let n = 0;
  let run = 0; // start of the current run of kept units
  for (let i = 0; i < lower.length; i++) {
    if (!isDropped(lower.charCodeAt(i))) {
      map[n++] = from + i;
      continue;
    }
    if (i > run) parts.push(lower.slice(run, i));
    run = i + 1;
  }
  if (lower.length > run) parts.push(lower.slice(run));
  return { key: canonicalTones(parts.join('')), map: map.subarray(0, n) };
}

/** Move a tone from o/u to the following a, e or y (length-preserving). */
function canonicalTones(key: string): string {
  if (!/[òóỏõọùúủũụ][aey]/.test(key)) return key;
  return key.replace(/([òóỏõọ])([ae])|([ùúủũụ])(y)/g, (_m, o?: string, v?: string, u?: string, y?: string) => {
    if (o && v) return 'o' + SECOND[v]![O_TONED.indexOf(o)]!;
    return 'u' + SECOND[y!]![U_TONED.indexOf(u!)]!;
  });
}

/** Index of the first key unit at or after source offset `offset` (binary search in the map). */
export function keyIndexOf(key: Key, offset: number): number {
  let lo = 0;
  let hi = key.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key.map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
