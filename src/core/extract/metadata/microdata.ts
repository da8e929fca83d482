/**
 * Schema.org microdata (itemscope/itemprop), as WordPress themes and many Vietnamese CMSs mark
 * articles up: the first datePublished, headline, author name and publisher name on the page.
 * Properties inside list items belong to related-news teasers and are skipped.
 */
import { ancestor, elementsUnder, tagSet } from '../dom';
import { clean } from './page-tags';

/** What microdata says about the article. */
export type MicrodataArticle = { headline?: string; datePublished?: string; authors: string[]; publisher?: string };

const LI = tagSet('li');
const FIELDS: Record<string, 'headline' | 'datePublished' | 'publisher'> = { headline: 'headline', datepublished: 'datePublished', publisher: 'publisher' };

/** An itemprop's value: <meta content>, <time datetime>, else the text; for an item (author, publisher), its itemprop=name. */
function valueOf(el: Element): string | null {
  if (el.hasAttribute('itemscope')) {
    for (const child of elementsUnder(el)) if (/\bname\b/.test(child.getAttribute('itemprop') ?? '')) return valueOf(child);
  }
  return clean(el.getAttribute('content') ?? (el.localName === 'time' ? el.getAttribute('datetime') : null) ?? el.textContent);
}

/** Read the article's microdata from `doc`; null when the page has none. */
export function readMicrodata(doc: Document): MicrodataArticle | null {
  const out: MicrodataArticle = { authors: [] };
  let found = false;
  for (const el of elementsUnder(doc)) {
    const props = el.getAttribute('itemprop')?.toLowerCase().split(/\s+/);
    if (!props || ancestor(el, LI)) continue;
    found = true;
    for (const prop of props) {
      const key = FIELDS[prop];
      if (prop === 'author' || prop === 'creator') out.authors.push(valueOf(el) ?? '');
      // The first one wins: later ones are teasers of other articles.
      else if (key) out[key] ??= valueOf(el) ?? undefined;
    }
  }
  out.authors = out.authors.filter(Boolean);
  return found ? out : null;
}
