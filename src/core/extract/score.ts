/**
 * Scoring of extracted text against a ground-truth body, as the scrapinghub
 * article-extraction benchmark defines it: 4-token shingle multisets, per-page
 * precision and recall, corpus means, and the F1 of those means.
 * Used by `npm run bench:extract`; not part of the extension bundle.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

/** Tokens of a text, as the benchmark counts them. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of 4-token shingles; a text of 1-3 tokens is a single shingle, an empty text none. */
export function shingles(text: string): Map<string, number> {
  const toks = tokens(text);
  const counts = new Map<string, number>();
  if (toks.length === 0) return counts;
  const n = Math.max(1, toks.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    // A separator that no token can contain, so ["a b", "c"] and ["a", "b c"] stay distinct.
    const key = toks.slice(i, i + SHINGLE).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Precision and recall of one page. */
export type PageScore = { precision: number; recall: number };

/** Score `predicted` text against `expected` text. */
export function scorePage(predicted: string, expected: string): PageScore {
  const pred = shingles(predicted);
  const gold = shingles(expected);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of pred) {
    const g = gold.get(key) ?? 0;
    tp += Math.min(count, g);
    fp += Math.max(0, count - g);
  }
  for (const [key, count] of gold) fn += Math.max(0, count - (pred.get(key) ?? 0));
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  if (tp === 0) return { precision: 0, recall: 0 };
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

/** Corpus figures: mean precision and recall over pages, and F1 of those means. */
export type CorpusScore = { precision: number; recall: number; f1: number; pages: number };

/** Aggregate per-page scores into the corpus figures. */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const n = pages.length;
  if (n === 0) return { precision: 0, recall: 0, f1: 0, pages: 0 };
  const precision = pages.reduce((s, p) => s + p.precision, 0) / n;
  const recall = pages.reduce((s, p) => s + p.recall, 0) / n;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, pages: n };
}
