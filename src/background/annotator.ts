/**
 * Talking to the annotate script (dist/annotate.js) in a tab. What it sends back is
 * checked like any message from a page: the page shares the tab with it.
 */
import * as v from 'valibot';
import type { AnnotationColor } from '../core/annotations/colors';
import type { Selectors } from '../core/anchoring/types';
import { DescribedSchema, MAX_QUOTE, PaintReplySchema } from '../messages/calls/highlight-schemas';
import type { PaintItem } from '../messages/calls/highlights';
import type { AnnotationRecord } from '../db/types';
import { AppFailure } from '../messages/result';
import { callScript, callTab, withTimeout } from './inject';

/** The annotate bundle, injected on demand and registered for sites with automatic restore. */
export const ANNOTATE_SCRIPT = 'annotate.js';

// Anchoring a few hundred highlights on a 5 MB page takes well under a second; past this, something is wrong.
const TIMEOUT_MS = 15_000;

/** What the page needs to draw a stored highlight (never its note or tags). */
export const paintItem = (a: AnnotationRecord): PaintItem => ({ id: a.id, color: a.color, selectors: a.selectors });

/** The selectors of the tab's selection; a clear error when nothing usable is selected. */
export async function selectionOf(tabId: number): Promise<Selectors> {
  const reply = await withTimeout(callScript(tabId, ANNOTATE_SCRIPT, 'describeSelection', {}), TIMEOUT_MS, 'The page');
  if (reply === null) throw new AppFailure('no-selection', 'Select the words to highlight on the page first.');
  const exact = (reply as { quote?: { exact?: unknown } } | undefined)?.quote?.exact;
  if (typeof exact === 'string' && exact.length > MAX_QUOTE) {
    throw new AppFailure('selection-too-long', `A highlight holds at most ${MAX_QUOTE} characters.`);
  }
  const parsed = v.safeParse(DescribedSchema, reply);
  if (!parsed.success || !parsed.output) throw new AppFailure('bad-request', 'The page described the selection in a malformed way.');
  return parsed.output;
}

/** Draw highlights in the tab (injecting the script if needed); returns the ids that found no place. */
export async function paintInTab(tabId: number, items: PaintItem[], replace: boolean): Promise<string[]> {
  const reply = await withTimeout(callScript(tabId, ANNOTATE_SCRIPT, 'paintHighlights', { highlights: items, replace }), TIMEOUT_MS, 'The page');
  const parsed = v.safeParse(PaintReplySchema, reply);
  if (!parsed.success) throw new AppFailure('bad-request', 'The page answered in a malformed way.');
  const asked = new Set(items.map((i) => i.id));
  return parsed.output.orphans.filter((id) => asked.has(id));
}

/** Best effort: recolour or remove a highlight where the script already runs (never injects). */
export async function touchInTab(tabId: number, change: { id: string; color?: AnnotationColor; remove?: true }): Promise<void> {
  const call = change.remove ? callTab(tabId, 'removeHighlight', { id: change.id }) : change.color ? callTab(tabId, 'recolorHighlight', { id: change.id, color: change.color }) : null;
  // The page may have been closed or reloaded: the stored change is what counts.
  await call?.catch(() => undefined);
}

/** Take every highlight off the tab's page; returns how many marks went (0 when the script is not there). */
export async function clearTab(tabId: number): Promise<number> {
  const reply = await callTab(tabId, 'removeAllHighlights', {}).catch(() => 0);
  return typeof reply === 'number' ? reply : 0;
}
