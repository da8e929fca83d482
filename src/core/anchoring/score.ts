/**
 * Scoring and accepting candidate matches.
 *
 * A candidate is ranked on quote similarity (weight 0.5), context similarity
 * (0.3: prefix and suffix, anchored at the match) and closeness to the expected
 * position (0.2, decaying over about a thousand characters). Position weighs more
 * than in Hypothesis because our hints are corrected for shifts (see anchor-all):
 * the edited original at the expected place must beat an untouched repeat of the
 * same paragraph far away.
 * Ranking alone never decides that a match is good enough: `isConfident` does, so
 * a quote whose text is gone gives null rather than the best of bad places.
 */
import { keyOf } from './key';
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

/** A scored candidate: NFC offsets and the evidence behind it. */
export type Candidate = {
  start: number;
  end: number;
  /** Quote similarity: 1 - errors / quote key length. */
  quote: number;
  /** Context similarity in [0, 1] (1 when the selector has no context). */
  context: number;
  /** Ranking score in [0, 1]. */
  score: number;
  /** The part of the score that does not depend on position (quote and context). */
  evidence: number;
  /** Only occurrence of the exact quote in the whole text. */
  unique: boolean;
};

/** Context at least this similar confirms a match (random Vietnamese context scores ~0.2-0.35). */
export const CONFIRMING_CONTEXT = 0.5;
/** A quote this long (key units) and this similar stands on its own when its context changed. */
export const DISTINCTIVE_LENGTH = 24;
export const DISTINCTIVE_SIMILARITY = 0.9;
/** A unique exact quote at least this long stands on its own. */
export const UNIQUE_LENGTH = 8;

/** Prepare a quote for matching. */
export function prepareQuery(exact: string, prefix: string, suffix: string, hint: number | null): Query {
  return { exact, prefix, suffix, hint, quoteKey: keyOf(exact).key, prefixKey: keyOf(prefix).key, suffixKey: keyOf(suffix).key };
}

/** The last `n` key units of the text before `pos`. */
function keyBefore(text: string, pos: number, n: number): string {
  for (let span = 2 * n + 16; ; span *= 4) {
    const key = keyOf(text, Math.max(0, pos - span), pos).key;
    if (key.length >= n || pos - span <= 0) return key.slice(-n);
  }
}

/** The first `n` key units of the text from `pos`. */
function keyAfter(text: string, pos: number, n: number): string {
  for (let span = 2 * n + 16; ; span *= 4) {
    const key = keyOf(text, pos, Math.min(text.length, pos + span)).key;
    if (key.length >= n || pos + span >= text.length) return key.slice(0, n);
  }
}

/** Context similarity of a candidate: the mean over the sides the selector has. */
function contextSimilarity(text: string, query: Query, start: number, end: number): number {
  const { prefixKey, suffixKey } = query;
  if (!prefixKey && !suffixKey) return 1;
  // Cheap exact check first: most candidates sit in unchanged text.
  const slack = 8;
  const before = prefixKey ? keyBefore(text, start, prefixKey.length + slack) : '';
  const after = suffixKey ? keyAfter(text, end, suffixKey.length + slack) : '';
  const p = !prefixKey ? -1 : before.endsWith(prefixKey) ? 1 : anchoredSimilarity(prefixKey, before, true);
  const s = !suffixKey ? -1 : after.startsWith(suffixKey) ? 1 : anchoredSimilarity(suffixKey, after, false);
  if (p < 0) return s;
  if (s < 0) return p;
  return (p + s) / 2;
}

/** Closeness to the hint in [0, 1], halving about a thousand characters away. */
function positionScore(query: Query, start: number): number {
  return query.hint === null ? 0.5 : 1 / (1 + Math.abs(start - query.hint) / 1024);
}

/** The best score an exact occurrence at `start` could get (perfect context). */
export function scoreCeiling(query: Query, start: number): number {
  return 0.8 + 0.2 * positionScore(query, start);
}

/** Score a candidate at NFC [start, end) whose quote key differs by `errors` edits. */
export function scoreCandidate(text: string, query: Query, start: number, end: number, errors: number, unique = false): Candidate {
  const quote = query.quoteKey.length ? Math.max(0, 1 - errors / query.quoteKey.length) : 0;
  const context = contextSimilarity(text, query, start, end);
  const position = positionScore(query, start);
  const evidence = 0.5 * quote + 0.3 * context;
  return { start, end, quote, context, score: evidence + 0.2 * position, evidence, unique };
}

/** Whether a candidate is trustworthy enough to show a highlight there. */
export function isConfident(c: Candidate, query: Query): boolean {
  const length = query.quoteKey.length;
  if (c.context >= CONFIRMING_CONTEXT) return true;
  if (length >= DISTINCTIVE_LENGTH && c.quote >= DISTINCTIVE_SIMILARITY) return true;
  return c.unique && c.quote === 1 && length >= UNIQUE_LENGTH;
}

/** Matches that overlap by more than half the quote are the same place, found twice. */
function samePlace(a: Candidate, b: Candidate): boolean {
  return Math.abs(a.start - b.start) <= (a.end - a.start) / 2;
}

/** The highest-scoring candidate, or null. */
export function bestOf(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) if (!best || c.score > best.score) best = c;
  return best;
}

/** Margin of evidence over every other place for a match to count as unambiguous. */
export const DISTINCT_MARGIN = 0.05;

/** True when no other place fits the quote and context nearly as well as `best` does. */
export function isDistinct(best: Candidate, candidates: readonly Candidate[]): boolean {
  return candidates.every((c) => samePlace(best, c) || best.evidence - c.evidence >= DISTINCT_MARGIN);
}
