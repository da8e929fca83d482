/**
 * Finds the headline element on the page: the anchor for the visible date line, which sits
 * just under (or just above) the title, unlike the header's "today" and related-news dates.
 */
import { fold } from '../../text/fold';
import { ancestor, elementsUnder, tagSet } from '../dom';

const SHOW_TEXT = 4;
const SKIP = tagSet('title', 'a', 'script', 'style', 'li');

function matches(text: string, title: string): boolean {
  const f = fold(text);
  if (f.length < 8) return false;
  return f === title || (title.startsWith(f) && f.length >= title.length * 0.6) || (f.startsWith(title) && title.length >= f.length * 0.6);
}

/** The element whose text is the headline `title`, preferring an <h1>; null if none is found. */
export function findTitleElement(doc: Document, title: string | null): Element | null {
  const headings: Element[] = [];
  for (const el of elementsUnder(doc)) if (el.localName === 'h1') headings.push(el);
  const wanted = title ? fold(title) : '';
  if (!wanted) return headings[0] ?? null;
  const h1 = headings.find((h) => matches(h.textContent ?? '', wanted));
  if (h1) return h1;
  // Old templates put the headline in a span or a table cell: look for a text node that is the title.
  const body = doc.body;
  if (!body) return headings[0] ?? null;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  const min = wanted.length * 0.6;
  const max = wanted.length * 1.6 + 10;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length < min || value.length > max) continue;
    const parent = node.parentElement;
    if (!parent || ancestor(parent, SKIP)) continue;
    if (matches(value, wanted)) return parent;
  }
  return headings[0] ?? null;
}
