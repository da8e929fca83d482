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

/**
 * Context at least this similar confirms a match. Unrelated context scores about
 * 0.2 (95th percentile 0.25); in formulaic news prose, context from another
 * sentence of the same article reaches 0.5-0.65, so short quotes, which rest on
 * their context alone, need more.
 */
export const CONFIRMING_CONTEXT = 0.5;
export const SHORT_QUOTE_CONTEXT = 0.65;
/** Quotes shorter than this (key units, no spaces) count as short. */
export const SHORT_QUOTE = 16;
/**
 * An inexact quote needs quote + context similarity at least this high: a corrected
 * word with its context intact passes (0.9 + 1), so does a quote with a quarter of
 * it changed and context nearly intact, but not a paraphrase elsewhere in the
 * article (0.75-0.95 + 0.5-0.65).
 */
export const FUZZY_EVIDENCE = 1.55;
/** Without context support, an exact quote must be unique, this long, and this near its expected place. */
export const ALONE_LENGTH = 32;
export const ALONE_DISTANCE = 1024;

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

/** Whether a candidate's context agrees enough to confirm it. */
export function contextConfirms(c: Candidate, query: Query): boolean {
  return c.context >= (query.quoteKey.length < SHORT_QUOTE ? SHORT_QUOTE_CONTEXT : CONFIRMING_CONTEXT);
}

/**
 * Whether a candidate is trustworthy enough to show a highlight there: confirmed by
 * its context (and, when inexact, by quote and context together), or else an exact,
 * unique, long quote near where it was expected (its surroundings were rewritten).
 */
export function isConfident(c: Candidate, query: Query): boolean {
  if (contextConfirms(c, query)) return c.quote === 1 || c.quote + c.context >= FUZZY_EVIDENCE;
  const near = query.hint === null || Math.abs(c.start - query.hint) <= ALONE_DISTANCE;
  return c.unique && c.quote === 1 && query.quoteKey.length >= ALONE_LENGTH && near;
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
