/**
 * Re-anchoring: from stored selectors back to the text they describe.
 *
 * 1. Position: the text at the expected offsets equals the quote and its context agrees.
 * 2. Exact quote: every occurrence is scored on prefix, suffix and distance.
 * 3. Fuzzy quote: approx-string-match on the matching key, near the expected
 *    position first, widening only if needed.
 * Stages 2 and 3 compete unless an exact occurrence with agreeing context sits near
 * the expected place: when the original place was edited, an untouched repeat of
 * the words elsewhere must not win just for being exact. No candidate that
 * fails `isConfident` is ever returned: the caller lists the highlight as an orphan.
 */
import { bestExact as findExact, fuzzyCandidates } from './search';
import { bestOf, contextConfirms, isDistinct, prepareQuery, scoreCandidate, CONFIRMING_CONTEXT, type Candidate, type Query } from './score';
import { buildTextModel, rangeOf, type TextModel } from './text-model';
import type { Selectors } from './types';

/** How a match was found. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** A match in the model's NFC text. */
export type AnchorMatch = {
  /** NFC offsets of the match in the root's text. */
  start: number;
  end: number;
  /** Ranking score in [0, 1] (1: exact quote, context and position). */
  score: number;
  /** Which stage found it. */
  method: AnchorMethod;
  /**
   * True when another place fits the quote and its context about as well and the
   * expected position decided. Always false for 'position' matches, which are not
   * compared with other places.
   */
  ambiguous: boolean;
};

/** Options for `anchor`. */
export type AnchorOptions = {
  /** Where the quote is expected to start (NFC offset); replaces the stored position as the first guess. */
  hint?: number;
};

/** Try the expected position: accepted only if the quote is there and its context agrees. */
function atPosition(model: TextModel, query: Query, start: number): Candidate | null {
  const end = start + query.exact.length;
  if (start < 0 || end > model.text.length || !query.exact || !model.text.startsWith(query.exact, start)) return null;
  const c = scoreCandidate(model.text, query, start, end, 0);
  return c.context >= CONFIRMING_CONTEXT ? c : null;
}

/** An exact occurrence this close to the expected place (NFC units), with context this similar, is taken without a fuzzy look. */
const NEAR = 1024;
const SETTLED_CONTEXT = 0.9;

function matchOf(c: Candidate, method: AnchorMethod, ambiguous: boolean): AnchorMatch {
  return { start: c.start, end: c.end, score: c.score, method, ambiguous };
}

/** Anchor one prepared query in a model. */
function anchorQuery(model: TextModel, query: Query): AnchorMatch | null {
  // Only the hint is tried as a position: when it was corrected for a shift, whatever
  // now sits at the stored offset is likely a look-alike.
  const atHint = query.hint === null ? null : atPosition(model, query, query.hint);
  if (atHint) return matchOf(atHint, 'position', false);
  const exact = findExact(model, query);
  const confirmed = !!exact.best && contextConfirms(exact.best, query);
  if (exact.best && exact.best.context >= SETTLED_CONTEXT && (query.hint === null || Math.abs(exact.best.start - query.hint) <= NEAR)) {
    return matchOf(exact.best, 'quote', exact.ambiguous);
  }
  // A confirmed exact occurrence that is far away, or whose context only partly agrees,
  // competes with an edited quote near the hint only.
  const fuzzy = fuzzyCandidates(model, query, confirmed);
  const best = bestOf(exact.best ? [exact.best, ...fuzzy] : fuzzy);
  if (!best) return null;
  if (best === exact.best) return matchOf(best, 'quote', exact.ambiguous);
  return matchOf(best, 'fuzzy', !isDistinct(best, fuzzy));
}

/** Find where selectors point in a prepared text model (see `buildTextModel`). */
export function anchorIn(model: TextModel, selectors: Selectors, options: AnchorOptions = {}): AnchorMatch | null {
  const { quote, position } = selectors;
  const stored = Number.isInteger(position?.start) ? position.start : null;
  const query = prepareQuery(quote.exact, quote.prefix ?? '', quote.suffix ?? '', options.hint ?? stored);
  return anchorQuery(model, query);
}

/** Find where selectors point under `root`: a Range, or null when the quote cannot be found with confidence. */
export function anchor(root: Node, selectors: Selectors, options: AnchorOptions = {}): Range | null {
  const model = buildTextModel(root);
  const match = anchorIn(model, selectors, options);
  return match ? rangeOf(model, match.start, match.end) : null;
}
