/**
 * Finding candidates: exact occurrences of the quote in the NFC text, and
 * approximate ones in the key, searched in windows that start near the expected
 * position and widen only when nothing convincing turns up there.
 * approx-string-match is linear in the text it scans (about 30 ms per quote over
 * 1 MB), so a window of a few hundred characters makes a fuzzy match nearly free.
 */
import approxSearch from 'approx-string-match';
import { keyOf, type Key } from './key';
import { bestOf, isConfident, scoreCandidate, scoreCeiling, CONFIRMING_CONTEXT, type Candidate, type Query } from './score';
import type { TextModel } from './text-model';

/** Window radii (NFC units around the expected quote), each 8 times the last; then the whole text. */
export const WINDOWS = [256, 2048, 16384, 131072, Infinity];
/** At most this many errors, whatever the length (cost grows with errors / 32). */
const MAX_ERRORS = 64;

/** Errors allowed for a quote key of `length` units: a quarter of it, so short quotes must be nearly exact. */
export function maxErrorsFor(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length / 4));
}

/** The best exact occurrence, and whether another has the very same context (so position decided). */
export type ExactResult = { best: Candidate | null; ambiguous: boolean };

/**
 * Best confident exact occurrence of the quote in the NFC text. Occurrences are
 * visited nearest to the hint first and the visit stops once even a perfect
 * context could not beat the best so far: a quote repeated a hundred times costs
 * a couple of context comparisons when the hint is right.
 */
export function bestExact(model: TextModel, query: Query): ExactResult {
  const { text } = model;
  const { exact, prefix, suffix, hint } = query;
  if (!exact) return { best: null, ambiguous: false };
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  if (hint !== null) starts.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
  const intact = (at: number): boolean => text.endsWith(prefix, at) && text.startsWith(suffix, at + exact.length);
  let best: Candidate | null = null;
  for (const start of starts) {
    if (best && scoreCeiling(query, start) < best.score) break;
    const c = scoreCandidate(text, query, start, start + exact.length, 0, starts.length === 1);
    if (isConfident(c, query) && (!best || c.score > best.score)) best = c;
  }
  const ambiguous = !!best && intact(best.start) && starts.some((at) => at !== best.start && intact(at));
  return { best, ambiguous };
}

/** The model's whole-text key, computed on first use. */
const wholeKeys = new WeakMap<TextModel, Key>();
function wholeKey(model: TextModel): Key {
  let key = wholeKeys.get(model);
  if (!key) wholeKeys.set(model, (key = keyOf(model.text)));
  return key;
}

/** Lowest-error matches of the quote key in a key; exact ones first, as they are cheap to find. */
function searchKey(key: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const exact = [];
  for (let at = key.indexOf(pattern); at !== -1; at = key.indexOf(pattern, at + 1)) exact.push({ start: at, end: at + pattern.length, errors: 0 });
  return exact.length ? exact : approxSearch(key, pattern, maxErrors);
}

/** NFC offset just after the character at `offset` (a surrogate pair is kept whole). */
function endAfter(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  return c >= 0xd800 && c <= 0xdbff ? offset + 2 : offset + 1;
}

/** Candidates in one window [from, to) of the NFC text. */
function searchWindow(model: TextModel, query: Query, from: number, to: number): Candidate[] {
  const whole = from === 0 && to === model.text.length;
  const key = whole ? wholeKey(model) : keyOf(model.text, from, to);
  const matches = searchKey(key.key, query.quoteKey, maxErrorsFor(query.quoteKey.length));
  const seen = new Set<number>();
  const found: Candidate[] = [];
  for (const m of matches) {
    if (m.end <= m.start || seen.has(m.start)) continue;
    seen.add(m.start);
    const start = key.map[m.start]!;
    const end = endAfter(model.text, key.map[m.end - 1]!);
    found.push(scoreCandidate(model.text, query, start, end, m.errors));
  }
  return found;
}

/**
 * Confident approximate candidates, searching windows around the hint from narrow to
 * wider, up to `radii` (whole text without a hint). Stops widening once the best
 * candidate is confirmed by its context.
 */
export function fuzzyCandidates(model: TextModel, query: Query, radii: readonly number[] = WINDOWS): Candidate[] {
  const { text } = model;
  if (!query.quoteKey) return [];
  const hint = query.hint === null ? null : Math.min(Math.max(query.hint, 0), text.length);
  const found: Candidate[] = [];
  for (const radius of hint === null ? [Infinity] : radii) {
    const from = hint === null ? 0 : Math.max(0, hint - radius);
    const to = hint === null ? text.length : Math.min(text.length, hint + query.exact.length + radius);
    for (const c of searchWindow(model, query, from, to)) if (isConfident(c, query)) found.push(c);
    const best = bestOf(found);
    if ((best && best.context >= CONFIRMING_CONTEXT) || (from === 0 && to === text.length)) break;
  }
  return found;
}
