/**
 * Schema.org microdata (itemscope/itemprop): the article's datePublished, headline, author and
 * publisher, as WordPress themes and many Vietnamese CMSs mark them up.
 */
import { clean } from './page-tags';
import { ancestor, elementsUnder, tagSet } from '../dom';

/** What microdata says about the article. */
export type MicrodataArticle = {
  headline?: string;
  datePublished?: string;
  authors: string[];
  publisher?: string;
};

const LI = tagSet('li');
const ARTICLE_TYPE = /(Article|Posting|NewsArticle|Report)$/i;

/** An itemprop element's value, per the microdata spec's rules for each element. */
function valueOf(el: Element): string | null {
  const tag = el.localName;
  if (tag === 'meta') return clean(el.getAttribute('content'));
  if (tag === 'time') return clean(el.getAttribute('datetime') ?? el.textContent);
  if (el.hasAttribute('content')) return clean(el.getAttribute('content'));
  return clean(el.textContent);
}

function props(el: Element): string[] {
  return (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
}

/** The scope an itemprop belongs to: its nearest itemscope ancestor (not itself). */
function scopeOf(el: Element): Element | null {
  let node = el.parentElement;
  while (node && !node.hasAttribute('itemscope')) node = node.parentElement;
  return node;
}

function isArticleScope(scope: Element | null): boolean {
  return !!scope && ARTICLE_TYPE.test((scope.getAttribute('itemtype') ?? '').trim().split(/\s+/)[0] ?? '');
}

/** The name inside an author/publisher item: its itemprop=name, else its own text. */
function itemName(el: Element): string | null {
  if (!el.hasAttribute('itemscope')) return valueOf(el);
  for (const child of elementsUnder(el)) {
    if (child.hasAttribute('itemprop') && props(child).includes('name') && scopeOf(child) === el) return valueOf(child);
  }
  return null;
}

/** Read the article's microdata from `doc`: the first Article-typed scope's properties win. */
export function readMicrodata(doc: Document): MicrodataArticle | null {
  // A walk by tag name, not a selector query (see ../dom.ts).
  const found: Element[] = [];
  for (const el of elementsUnder(doc)) if (el.hasAttribute('itemprop')) found.push(el);
  if (found.length === 0) return null;
  const out: MicrodataArticle = { authors: [] };
  let article: Element | null | undefined;
  for (const el of found) {
    const names = props(el);
    const scope = scopeOf(el);
    // Properties of the first article scope only: later scopes are related-news teasers.
    if (!isArticleScope(scope)) continue;
    if (article === undefined) article = scope;
    if (scope !== article) continue;
    for (const name of names) {
      if (name === 'datepublished' && !out.datePublished) out.datePublished = valueOf(el) ?? undefined;
      else if (name === 'headline' && !out.headline) out.headline = valueOf(el) ?? undefined;
      else if (name === 'author' || name === 'creator') {
        const n = itemName(el);
        if (n) out.authors.push(n);
      } else if (name === 'publisher' && !out.publisher) out.publisher = itemName(el) ?? undefined;
    }
  }
  if (article) return out;
  // No article scope: a bare datePublished still counts, unless it sits in a list of other news.
  for (const el of found) {
    if (props(el).includes('datepublished') && !ancestor(el, LI)) return { authors: [], datePublished: valueOf(el) ?? undefined };
  }
  return null;
}
