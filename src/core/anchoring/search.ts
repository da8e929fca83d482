/**
 * Finding candidates: exact occurrences of the quote in the NFC text, and
 * approximate ones in the key, searched in windows that start near the expected
 * position and widen only when nothing convincing turns up there.
 * approx-string-match is linear in the text it scans (about 30 ms per quote over
 * 1 MB), so a window of a few hundred characters makes a fuzzy match nearly free.
 */
import { keyOf, lowerBound, type Key } from './key';
import { searchKey, searchKeyFiltered, type KeyMatch } from './key-search';
import { bestOf, contextConfirms, isConfident, scoreCandidate, scoreCeiling, type Candidate, type Query } from './score';
import type { TextModel } from './text-model';

/** Window radii (NFC units around the expected quote), each 8 times the last; then the whole text, filtered. */
const WINDOWS = [256, 2048, 16384];
/** Windows at least this long are cut from the model's whole-text key rather than keyed anew. */
const LARGE_WINDOW = 16384;
/** Beyond the windows, a match may differ by at most 1/8 of the quote (a quarter near the hint). */
const FAR_ERROR_DIVISOR = 8;
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

/** The model's whole-text key, computed on first use and shared by every anchor of the model. */
const wholeKeys = new WeakMap<TextModel, Key>();
function wholeKey(model: TextModel): Key {
  let key = wholeKeys.get(model);
  if (!key) wholeKeys.set(model, (key = keyOf(model.text)));
  return key;
}

/** The key of NFC [from, to): computed for small windows, cut from the whole-text key for large ones. */
function keyView(model: TextModel, from: number, to: number): Key {
  if (to - from < LARGE_WINDOW) return keyOf(model.text, from, to);
  const whole = wholeKey(model);
  const i = lowerBound(whole.map, from);
  const j = lowerBound(whole.map, to);
  return { key: whole.key.slice(i, j), map: whole.map.subarray(i, j) };
}

/** NFC offset just after the character at `offset` (a surrogate pair is kept whole). */
function endAfter(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  return c >= 0xd800 && c <= 0xdbff ? offset + 2 : offset + 1;
}

/** Score key matches as candidates in the NFC text. */
function candidatesOf(model: TextModel, query: Query, key: Key, matches: KeyMatch[], window?: [number, number]): Candidate[] {
  const cutStart = !!window && window[0] > 0;
  const cutEnd = !!window && window[1] < model.text.length;
  const seen = new Set<number>();
  const found: Candidate[] = [];
  for (const m of matches) {
    if (m.end <= m.start || seen.has(m.start)) continue;
    // A match touching the edge of a window may be a quote cut short by it: the next window will see it whole.
    if ((cutStart && m.start === 0) || (cutEnd && m.end === key.key.length)) continue;
    seen.add(m.start);
    const start = key.map[m.start]!;
    const end = endAfter(model.text, key.map[m.end - 1]!);
    const c = scoreCandidate(model.text, query, start, end, m.errors);
    if (isConfident(c, query)) found.push(c);
  }
  return found;
}

/**
 * Confident approximate candidates, searching windows around the hint from narrow to
 * wider, and then the whole text (only the two narrowest windows with `nearOnly`). Stops
 * widening once the best candidate is confirmed by its context. Far from the hint a
 * match must be closer (FAR_ERRORS), which also lets a filter skip most of the text.
 */
export function fuzzyCandidates(model: TextModel, query: Query, nearOnly = false): Candidate[] {
  const { text } = model;
  const pattern = query.quoteKey;
  if (!pattern) return [];
  const maxErrors = maxErrorsFor(pattern.length);
  if (query.hint === null) {
    const key = wholeKey(model);
    return candidatesOf(model, query, key, searchKey(key.key, pattern, maxErrors));
  }
  const hint = Math.min(Math.max(query.hint, 0), text.length);
  const found: Candidate[] = [];
  const confirmed = (): boolean => {
    const best = bestOf(found);
    return !!best && contextConfirms(best, query);
  };
  for (const radius of nearOnly ? WINDOWS.slice(0, 2) : WINDOWS) {
    const from = Math.max(0, hint - radius);
    const to = Math.min(text.length, hint + query.exact.length + radius);
    const key = keyView(model, from, to);
    found.push(...candidatesOf(model, query, key, searchKey(key.key, pattern, maxErrors), [from, to]));
    if (confirmed() || (from === 0 && to === text.length)) return found;
  }
  if (nearOnly) return found;
  const key = wholeKey(model);
  found.push(...candidatesOf(model, query, key, searchKeyFiltered(key.key, pattern, Math.floor(pattern.length / FAR_ERROR_DIVISOR))));
  return found;
}
