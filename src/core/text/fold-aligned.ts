/**
 * A fold that keeps positions: every UTF-16 unit of the (NFC) input maps to exactly one unit of
 * the output, so a pattern matched on the folded text cuts the original at the same indices.
 * Used to find prefixes such as "Tin, ảnh:" whatever the tone placement or case, and to keep
 * what follows them exactly as the page wrote it.
 */

const MARKS = /\p{M}/gu;

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    const base = ch.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
    // Characters that do not fold to one unit (ligatures, stray marks, ...) stay as they are, lowercased if possible.
    folded = base.length === 1 ? base : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    cache.set(ch, folded);
  }
  return folded;
}

/**
 * Lowercase, mark-free, đ→d copy of `text` with the same length and indices.
 * Pass NFC text: in NFD input the combining marks are kept in place (as themselves),
 * which keeps the indices right but leaves the marks in the folded copy.
 */
export function foldAligned(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII needs no folding beyond lowercase: the common case, kept fast.
    out += code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!) : foldChar(text[i]!);
  }
  return out;
}
