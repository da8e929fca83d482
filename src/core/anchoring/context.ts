/**
 * A quote prepared for matching, and the similarity of its context (prefix and
 * suffix) to the text beside a candidate.
 */
import { keyOf, lowerBound } from './key';
import { anchoredSimilarity } from './similarity';

/** A quote prepared for matching: keys computed once. */
export type Query = {
  /** The stored quote (NFC). */
  exact: string;
  /** Stored prefix and suffix (NFC). */
  prefix: string;
  suffix: string;
  /** Keys of the quote, prefix and suffix. */
  quoteKey: string;
  prefixKey: string;
  suffixKey: string;
  /** Where the quote is expected to start (NFC offset), or null. */
  hint: number | null;
};

/** Prepare a quote for matching. */
export function prepareQuery(exact: string, prefix: string, suffix: string, hint: number | null): Query {
  // Keyed as one string, so tone placement across the quote's edges (ủ|y) is read as on the page.
  const all = keyOf(prefix + exact + suffix);
  const a = lowerBound(all.map, prefix.length);
  const b = lowerBound(all.map, prefix.length + exact.length);
  return { exact, prefix, suffix, hint, prefixKey: all.key.slice(0, a), quoteKey: all.key.slice(a, b), suffixKey: all.key.slice(b) };
}

/** The last `n` key units of the text before `pos` (keyed with one character beyond, like the stored prefix). */
function keyBefore(text: string, pos: number, n: number): string {
  for (let span = 2 * n + 16; ; span *= 4) {
    const key = keyOf(text, Math.max(0, pos - span), Math.min(text.length, pos + 1));
    const before = key.key.slice(0, lowerBound(key.map, pos));
    if (before.length >= n || pos - span <= 0) return before.slice(-n);
  }
}

/** The first `n` key units of the text from `pos` (keyed with one character before). */
function keyAfter(text: string, pos: number, n: number): string {
  for (let span = 2 * n + 16; ; span *= 4) {
    const key = keyOf(text, Math.max(0, pos - 1), Math.min(text.length, pos + span));
    const after = key.key.slice(lowerBound(key.map, pos));
    if (after.length >= n || pos + span >= text.length) return after.slice(0, n);
  }
}

/** Context similarity of a candidate: the mean over the sides the selector has. */
export function contextSimilarity(text: string, query: Query, start: number, end: number): number {
  const { prefix, suffix, prefixKey, suffixKey } = query;
  if (!prefixKey && !suffixKey) return 1;
  // Cheap checks first: most candidates sit in unchanged text, where even the NFC context is intact.
  const slack = 8;
  const sideBefore = (): number => {
    if (text.endsWith(prefix, start)) return 1;
    const before = keyBefore(text, start, prefixKey.length + slack);
    return before.endsWith(prefixKey) ? 1 : anchoredSimilarity(prefixKey, before, true);
  };
  const sideAfter = (): number => {
    if (text.startsWith(suffix, end)) return 1;
    const after = keyAfter(text, end, suffixKey.length + slack);
    return after.startsWith(suffixKey) ? 1 : anchoredSimilarity(suffixKey, after, false);
  };
  const p = prefixKey ? sideBefore() : -1;
  const s = suffixKey ? sideAfter() : -1;
  if (p < 0) return s;
  if (s < 0) return p;
  return (p + s) / 2;
}
