/**
 * Text measures of an element, computed once per element during a cleanup pass.
 */
import { fold } from '../../text/fold';
import { elementsUnder } from '../dom';

/** Length of the element's text, whitespace collapsed. */
export function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/** Share of the element's text inside links (0..1). */
export function linkDensity(el: Element, length = textLength(el)): number {
  if (length === 0) return 0;
  let links = 0;
  for (const a of elementsUnder(el)) if (a.localName === 'a') links += textLength(a);
  if (el.localName === 'a') links = length;
  return Math.min(1, links / length);
}

/** The folded text of a short element, or null when it is longer than `max` characters. */
export function shortFold(el: Element, max: number): string | null {
  const text = el.textContent ?? '';
  // Folding at most drops marks (a third of NFD text) and spaces: longer raw text cannot be short.
  const f = text.length > max * 4 + 200 ? '' : fold(text);
  return f && f.length <= max ? f : null;
}
