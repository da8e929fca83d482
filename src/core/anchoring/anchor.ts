/**
 * Re-anchoring: from stored selectors back to the text they describe, cheapest
 * evidence first, stopping as soon as a match is settled (quote and context both
 * at least 0.9 similar, near the expected place):
 * 1. Position: the text at the expected offset equals the quote and its context agrees.
 * 2. The exact quote near the expected place.
 * 3. The fuzzy quote near the expected place (approx-string-match on the matching key).
 * 4. The exact quote anywhere (prefix, suffix and distance choose among repeats).
 * 5. The fuzzy quote in windows widening from the expected place to the whole text.
 * An exact occurrence elsewhere whose context agrees competes only with stage 3's
 * candidates: when the original place was edited, an untouched repeat of the words
 * elsewhere must not win just for being exact. No candidate that fails
 * `isConfident` is ever returned: the caller lists the highlight as an orphan. */
import { anyExact, fuzzyCandidates, nearExact } from './search';
import { prepareQuery, type Query } from './context';
import { bestOf, contextConfirms, isDistinct, scoreCandidate, CONFIRMING_CONTEXT, SETTLED_CONTEXT, SETTLED_QUOTE, type Candidate } from './score';
import { rangeOf } from './points';
import { buildTextModel, type TextModel } from './text-model';
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

/** A settled candidate must also be this close to the expected place (NFC units). */
const NEAR = 1024;

function matchOf(c: Candidate, method: AnchorMethod, ambiguous: boolean): AnchorMatch {
  return { start: c.start, end: c.end, score: c.score, method, ambiguous };
}

/** Settled: context this similar and quote this similar need no look at the rest of the text. */
function isSettled(c: Candidate | null, query: Query): c is Candidate {
  return !!c && c.context >= SETTLED_CONTEXT && c.quote >= SETTLED_QUOTE && (query.hint === null || Math.abs(c.start - query.hint) <= NEAR);
}

/** Anchor one prepared query in a model, cheapest evidence first. */
function anchorQuery(model: TextModel, query: Query): AnchorMatch | null {
  // Only the hint is tried as a position: when it was corrected for a shift, whatever
  // now sits at the stored offset is likely a look-alike.
  const atHint = query.hint === null ? null : atPosition(model, query, query.hint);
  if (atHint) return matchOf(atHint, 'position', false);
  const near = nearExact(model, query);
  if (isSettled(near.best, query)) return matchOf(near.best, 'quote', near.ambiguous);
  // The quote edited in place, its context intact.
  const local = query.hint === null ? [] : fuzzyCandidates(model, query, true);
  const settled = bestOf(local);
  if (isSettled(settled, query)) return matchOf(settled, 'fuzzy', !isDistinct(settled, local));
  // Elsewhere: an exact occurrence whose context agrees competes with the near candidates
  // only (an untouched repeat must not beat the edited original); otherwise search all.
  const exact = anyExact(model, query);
  const fuzzy = exact.best && contextConfirms(exact.best, query) ? local : fuzzyCandidates(model, query, false);
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
