/**
 * Schema.org microdata, as WordPress themes and many Vietnamese CMSs mark articles up: the first
 * itemprop=datePublished outside lists (lists hold related-news teasers), from <time datetime>,
 * <meta content> or the text. Microdata authors reach us through Readability's byline, which reads
 * itemprop=author and its itemprop=name; the publisher's name is also og:site_name or the logo.
 */
import { ancestor, elementsUnder, tagSet } from '../dom';
import { clean } from './page-tags';

const LI = tagSet('li');

/** The article's microdata datePublished, or null. */
export function readMicrodataDate(doc: Document): string | null {
  for (const el of elementsUnder(doc)) {
    if (/\bdatePublished\b/i.test(el.getAttribute('itemprop') ?? '') && !ancestor(el, LI)) {
      return clean(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    }
  }
  return null;
}
