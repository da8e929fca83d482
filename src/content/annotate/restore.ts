/**
 * Restore on page load: on sites where the analyst turned automatic restore on, the
 * annotate script is registered to load with each page and draws that page's highlights.
 * The background decides which page this is from the browser's own report of the sender,
 * and refuses sites without automatic restore (then this is a no-op: the script was
 * injected on demand, and the caller draws what it needs).
 */
import { callBackground } from '../../platform/content-runtime';
import type { Painter } from './painter';

function loaded(): Promise<void> {
  return document.readyState === 'complete' ? Promise.resolve() : new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
}

/** Ask for this page's highlights and draw them; once more after `load` if some found no place yet. */
export async function restoreOnLoad(painter: Painter): Promise<void> {
  const start = painter.version;
  const reply = await callBackground('getPageHighlights', {});
  // Anything drawn meanwhile (the popup, a new highlight) is newer than this list.
  if (!reply.ok || !reply.value.length || painter.version !== start) return;
  const orphans = painter.paint(reply.value, true);
  if (!orphans.length || document.readyState === 'complete') return;
  // Late content (images with captions, lazy paragraphs) may hold the rest.
  const drawn = painter.version;
  await loaded();
  if (painter.version === drawn) painter.paint(reply.value, true);
}
