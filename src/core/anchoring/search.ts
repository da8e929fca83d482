/**
 * Finding candidates: exact occurrences of the quote in the NFC text, and
 * approximate ones in the key, searched in windows that start near the expected
 * position and widen only when nothing convincing turns up there.
 * approx-string-match is linear in the text it scans (about 30 ms per quote over
 * 1 MB), so a window of a few hundred characters makes a fuzzy match nearly free.
 */
import approxSearch from 'approx-string-match';
import { keyOf, type Key } from './key';
import { better, isConfident, scoreCandidate, CONFIRMING_CONTEXT, type Candidate, type Query } from './score';
import type { TextModel } from './text-model';

/** Exact occurrences scored with full context similarity, nearest to the hint first. */
const MAX_SCORED_EXACT = 256;
/** Window radii (NFC units around the expected quote), each 8 times the last; then the whole text. */
const WINDOWS = [256, 2048, 16384, 131072];
/** At most this many errors, whatever the length (cost grows with errors / 32). */
const MAX_ERRORS = 64;

/** Errors allowed for a quote key of `length` units: a quarter of it, so short quotes must be nearly exact. */
export function maxErrorsFor(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length / 4));
}

/** Best exact occurrence of the quote in the NFC text, or null when there is none. */
export function bestExact(model: TextModel, query: Query): Candidate | null {
  const { text } = model;
  const { exact, hint } = query;
  if (!exact) return null;
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  if (starts.length === 0) return null;
  const unique = starts.length === 1;
  // With a flood of repeats, give full scoring to those nearest the hint and those whose context is intact.
  let chosen = starts;
  if (starts.length > MAX_SCORED_EXACT) {
    const near = hint === null ? starts : [...starts].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
    const intact = starts.filter((s) => text.endsWith(query.prefix, s) && text.startsWith(query.suffix, s + exact.length));
    chosen = [...new Set([...intact.slice(0, MAX_SCORED_EXACT), ...near.slice(0, MAX_SCORED_EXACT)])];
  }
  let best: Candidate | null = null;
  for (const start of chosen) best = better(best, scoreCandidate(text, query, start, start + exact.length, 0, unique));
  return best;
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

/** NFC offset just after the key unit at `index` (a surrogate pair is kept whole). */
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
 * Best approximate match, searching windows around the hint from narrow to whole.
 * Stops widening once a candidate is confirmed by its context.
 */
export function bestFuzzy(model: TextModel, query: Query): Candidate | null {
  const { text } = model;
  if (!query.quoteKey) return null;
  const hint = query.hint === null ? null : Math.min(Math.max(query.hint, 0), text.length);
  const radii = hint === null ? [] : WINDOWS;
  let best: Candidate | null = null;
  for (const radius of [...radii, Infinity]) {
    const from = hint === null || radius === Infinity ? 0 : Math.max(0, hint - radius);
    const to = hint === null || radius === Infinity ? text.length : Math.min(text.length, hint + query.exact.length + radius);
    for (const c of searchWindow(model, query, from, to)) if (isConfident(c, query)) best = better(best, c);
    if (best && best.context >= CONFIRMING_CONTEXT) return best;
    if (from === 0 && to === text.length) break;
  }
  return best;
}
