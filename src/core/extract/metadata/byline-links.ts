/**
 * Bylines on the page: a "By …" line near the headline, and links to author pages ("<a href="/tac-gia/minh-quan">Minh Quân</a> -
 * <a href="/tac-gia/thu-trang">Thu Trang</a>", rel="author"): each link is one author.
 */
import { parseAuthors } from './authors';
import { elementsUnder } from '../dom';
import { isElsewhere } from './elsewhere';
import { blocksNearTitle } from './near-title';
import { foldAligned } from '../../text/fold-aligned';

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

const BY = /^(?:by|bởi|boi|tac gia|written by|words by|story by)\s*[:：]?\s+/;
// Where the name ends in "By Jane Doe Published March 3, …" or "By Jane Doe · 5 min read".
const NAME_END = /\s(?:published|updated|posted|on|at|in|for|cap nhat|dang luc)\s|[·•|—–]|\d/;

/** Authors of a "By …" line near the headline. */
export function readVisibleByline(doc: Document, title: Element): string[] {
  for (const { text } of blocksNearTitle(doc, title)) {
    const f = foldAligned(text);
    const by = BY.exec(f);
    if (!by) continue;
    const end = NAME_END.exec(f.slice(by[0].length));
    const names = parseAuthors(text.slice(by[0].length, end ? by[0].length + end.index : undefined));
    if (names.length) return names;
  }
  return [];
}
