/**
 * Approximate search of a quote key in a text key, on top of approx-string-match.
 */
import approxSearch from 'approx-string-match';

/** A match in a key: [start, end) and its edit distance to the pattern. */
export type KeyMatch = { start: number; end: number; errors: number };

/** Beyond this many piece occurrences the filter saves nothing: scan the whole key instead. */
const MAX_PIECE_HITS = 2000;

/** Exact occurrences of `pattern` in `key`, shifted by `base`. */
function exactMatches(key: string, pattern: string, base = 0): KeyMatch[] {
  const found: KeyMatch[] = [];
  for (let at = key.indexOf(pattern); at !== -1; at = key.indexOf(pattern, at + 1)) found.push({ start: base + at, end: base + at + pattern.length, errors: 0 });
  return found;
}

/**
 * Exact matches of `pattern` in a window of a key, and its lowest-error approximate
 * ones elsewhere. approx-string-match reports only the lowest error count, so exact
 * occurrences (often an untouched repeat) would hide the edited original: they are
 * masked before the approximate search.
 */
export function searchKey(key: string, pattern: string, maxErrors: number): KeyMatch[] {
  const exact = exactMatches(key, pattern);
  if (maxErrors === 0) return exact;
  if (!exact.length) return approxSearch(key, pattern, maxErrors);
  let masked = '';
  let from = 0;
  for (const m of exact) {
    if (m.start < from) continue;
    masked += key.slice(from, m.start) + '\0'.repeat(m.end - m.start);
    from = m.end;
  }
  return [...exact, ...approxSearch(masked + key.slice(from), pattern, maxErrors)];
}

/**
 * Like `searchKey` over a long key, but only where a match can be: a match with at
 * most k errors contains one of k + 1 disjoint pieces of the pattern unchanged
 * (pigeonhole), so the pieces are found with indexOf and only the stretches around
 * them are searched. Selective when pieces are long (few errors allowed).
 */
export function searchKeyFiltered(key: string, pattern: string, maxErrors: number): KeyMatch[] {
  const exact = exactMatches(key, pattern);
  if (exact.length || maxErrors === 0) return exact;
  const pieceLength = Math.floor(pattern.length / (maxErrors + 1));
  if (pieceLength < 3) return approxSearch(key, pattern, maxErrors);
  const spans: [number, number][] = [];
  for (let p = 0; p <= maxErrors; p++) {
    const offset = p * pieceLength;
    const piece = pattern.slice(offset, offset + pieceLength);
    for (let at = key.indexOf(piece); at !== -1; at = key.indexOf(piece, at + 1)) {
      if (spans.length >= MAX_PIECE_HITS) return approxSearch(key, pattern, maxErrors);
      spans.push([Math.max(0, at - offset - maxErrors), Math.min(key.length, at - offset + pattern.length + maxErrors)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const found: KeyMatch[] = [];
  for (let i = 0; i < spans.length; ) {
    const from = spans[i]![0];
    let to = spans[i++]![1];
    while (i < spans.length && spans[i]![0] <= to) to = Math.max(to, spans[i++]![1]);
    for (const m of approxSearch(key.slice(from, to), pattern, maxErrors)) found.push({ start: from + m.start, end: from + m.end, errors: m.errors });
  }
  return found;
}
