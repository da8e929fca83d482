/**
 * Bylines made of links to author pages ("<a href="/tac-gia/minh-quan">Minh Quân</a> -
 * <a href="/tac-gia/thu-trang">Thu Trang</a>", rel="author"): each link is one author.
 */
import { parseAuthors } from './authors';
import { elementsUnder } from '../dom';
import { isElsewhere } from './elsewhere';

const AUTHOR_HREF = /\/(?:tac-?gia|authors?|profile)\//i;
const MAX_AUTHORS = 6;

/** Authors named by author-page links outside related lists, sidebars and comments. */
export function readBylineLinks(doc: Document): string[] {
  const names: string[] = [];
  // A walk and a regex: attribute-substring selectors and live collections are slow in jsdom.
  for (const a of elementsUnder(doc)) {
    if (a.localName !== 'a') continue;
    if (!AUTHOR_HREF.test(a.getAttribute('href') ?? '') && !/(?:^|\s)author(?:\s|$)/i.test(a.getAttribute('rel') ?? '')) continue;
    if (isElsewhere(a, true)) continue;
    for (const name of parseAuthors(a.textContent ?? '')) if (!names.includes(name)) names.push(name);
    if (names.length >= MAX_AUTHORS) break;
  }
  return names;
}

