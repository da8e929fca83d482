/**
 * Text measures of an element, computed once per element during a cleanup pass.
 */
import { fold } from '../../text/fold';

/** Length of the element's text, whitespace collapsed. */
export function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Share of the element's text inside links (0..1). */
export function linkDensity(el: Element, length = textLength(el)): number {
  if (length === 0) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += textLength(a);
  if (el.localName === 'a') links = length;
  return Math.min(1, links / length);
}

/** The folded text of a short element, or null when it is longer than `max` characters. */
export function shortFold(el: Element, max: number): string | null {
  const raw = el.textContent ?? '';
  // A quick bound before folding: indentation aside, folding shortens text.
  if (raw.length > max * 4 + 100) return null;
  const f = fold(raw);
  return f.length <= max ? f : null;
}
