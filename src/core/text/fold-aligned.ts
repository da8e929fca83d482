/**
 * A fold that keeps positions: every UTF-16 unit of the (NFC) input maps to exactly one unit of
 * the output, so a pattern matched on the folded text cuts the original at the same indices.
 * Used to find prefixes such as "Tin, ảnh:" whatever the tone placement or case, and to keep
 * what follows them exactly as the page wrote it.
 */

const cache = new Map<string, string>();

/** One UTF-16 unit folded to one: its base letter, lowercased, đ→d; kept (lowercased if it stays one unit) otherwise. */
function foldUnit(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    const base = ch.normalize('NFD')[0]!.replace(/[đĐ]/, 'd').toLowerCase();
    folded = base.length === 1 ? base : ch;
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
  // ASCII needs nothing beyond lowercase (which keeps its length); only other units are looked up.
  return text.replace(/[^\0-\x7f]/g, foldUnit).toLowerCase();
}
