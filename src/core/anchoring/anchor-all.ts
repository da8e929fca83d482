/**
 * Anchoring many highlights against one root: the text model is built once, and
 * highlights are taken in stored order so each expected position is corrected by
 * the shift its nearest anchored predecessor showed (a paragraph inserted above
 * moves everything below by the same amount). That keeps the fuzzy stage's first,
 * narrow window on target, and picks the right one of repeated passages.
 * A match teaches the shift when it is unambiguous or lies near its hint: a match
 * that the position decided among far-apart look-alikes could otherwise pass a
 * wrong shift down the page.
 */
import { anchorIn, type AnchorMatch } from './anchor';
import { rangeOf } from './points';
import { buildTextModel, type TextModel } from './text-model';
import type { Selectors } from './types';

/** A match with a way to get its Range when it is needed. */
export type Anchored = AnchorMatch & {
  /**
   * The DOM Range of the match, resolved now. Call it just before highlighting this
   * match: Ranges made earlier are disturbed when other highlights wrap their text,
   * offsets are not (highlighting splits text nodes but never changes the text).
   */
  toRange(): Range;
};

/** A match this close to its hint (NFC units) confirms the shift even among look-alikes. */
const NEAR_HINT = 1024;

/** Anchor every selector set in a prepared model; results in input order, null for orphans. */
export function anchorAllIn(model: TextModel, list: readonly Selectors[]): (Anchored | null)[] {
  const order = list.map((_, i) => i);
  const storedStart = (i: number): number => list[i]!.position?.start ?? Number.MAX_SAFE_INTEGER;
  order.sort((a, b) => storedStart(a) - storedStart(b));
  const results: (Anchored | null)[] = list.map(() => null);
  let shift = 0;
  for (const i of order) {
    const selectors = list[i]!;
    const stored = selectors.position?.start;
    const hint = Number.isInteger(stored) ? stored + shift : undefined;
    const match = anchorIn(model, selectors, hint === undefined ? {} : { hint });
    if (!match) continue;
    if (Number.isInteger(stored) && (!match.ambiguous || Math.abs(match.start - hint!) <= NEAR_HINT)) shift = match.start - stored;
    results[i] = { ...match, toRange: () => rangeOf(model, match.start, match.end) };
  }
  return results;
}

/** Anchor every selector set under `root`, building its text model once. */
export function anchorAll(root: Node, list: readonly Selectors[]): (Anchored | null)[] {
  return anchorAllIn(buildTextModel(root), list);
}
