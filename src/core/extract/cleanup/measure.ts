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

/** Non-space characters under each element, counted in one walk: a cheap bound to skip long elements. */
export type Sizes = Map<Element, number>;

function nonSpace(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Count the non-space characters under `root` and each element in it. */
export function measure(root: Element): Sizes {
  const sizes: Sizes = new Map();
  const visit = (el: Element): number => {
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += nonSpace(c.nodeValue ?? '');
      else if (c.nodeType === 1) n += visit(c as Element);
    }
    sizes.set(el, n);
    return n;
  };
  visit(root);
  return sizes;
}

/**
 * The folded text of a short element, or null when it is longer than `max` characters.
 * With `sizes`, elements that cannot be short are skipped without reading their text:
 * folding keeps at least a third of the non-space characters (NFD letters carry two marks).
 */
export function shortFold(el: Element, max: number, sizes?: Sizes): string | null {
  const size = sizes?.get(el);
  if (size !== undefined && size > max * 3) return null;
  const f = fold(el.textContent ?? '');
  return f.length <= max ? f : null;
}
