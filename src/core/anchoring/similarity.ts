/**
 * Similarity of context (prefix, suffix) to the text beside a candidate.
 *
 * Hypothesis searches the prefix anywhere in a slice before the match; here the
 * alignment is anchored where it must be (the prefix ends at the match, the suffix
 * starts at it) and free at the far end, so context that drifted away or only
 * shares letters scores low. Contexts are at most 32 key units: a plain DP is cheap.
 */

let row = new Int32Array(64);

/**
 * 1 - (edit distance / pattern length) between `pattern` and the best prefix of `text`
 * (or, with `fromEnd`, between their ends: the prefix case). 0 when nothing agrees.
 */
export function anchoredSimilarity(pattern: string, text: string, fromEnd: boolean): number {
  const m = pattern.length;
  if (m === 0) return 1;
  const n = text.length;
  if (row.length < n + 1) row = new Int32Array(n + 1);
  const at = (s: string, len: number, i: number): number => s.charCodeAt(fromEnd ? len - 1 - i : i);
  // row[j] = edit distance between pattern[0..i) and text[0..j) (text start anchored).
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= m; i++) {
    const pc = at(pattern, m, i - 1);
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const up = row[j]!;
      const cost = pc === at(text, n, j - 1) ? 0 : 1;
      row[j] = Math.min(diag + cost, up + 1, row[j - 1]! + 1);
      diag = up;
    }
  }
  // The far end of the text is free: take the best column.
  let best = m;
  for (let j = 0; j <= n; j++) if (row[j]! < best) best = row[j]!;
  return Math.max(0, 1 - best / m);
}
