/**
 * Text normalization shared by extraction, search, entity matching and anchoring.
 *
 * Vietnamese pages arrive in NFC and NFD and with old and new tone placement
 * (Ủy/Uỷ, hòa/hoà). Stored text is NFC; matching and search use `fold`, which
 * makes all of those spellings (and đ/d) compare equal.
 */

const COMBINING_MARKS = /\p{M}/gu;
// Zero-width characters that pages sprinkle inside words (ZWSP, ZWNJ, ZWJ, word joiner, BOM).
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// NBSP and the other Unicode spaces, collapsed with ordinary whitespace.
const ANY_SPACE = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** NFC-normalize text: the form every stored string is kept in. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/**
 * Fold text for matching: NFD, strip combining marks, đ/Đ to d, lowercase,
 * drop zero-width characters, collapse NBSP and whitespace runs to one space.
 * NFD alone does not decompose đ, hence the explicit mapping.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(ZERO_WIDTH, '')
    .replace(ANY_SPACE, ' ')
    .trim();
}

/** Collapse whitespace (NBSP included) to single spaces and drop zero-width characters, keeping case and marks. */
export function squash(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(ANY_SPACE, ' ').trim();
}

/** Words in text, Unicode-aware (letters, marks and digits), for counting and indexing. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu) ?? [];
}
