/**
 * Page metadata: title, canonical URL, site name, author, published time, language, excerpt.
 *
 * This is the first, plain version: meta tags and what Readability found.
 * The extraction issue replaces it with the full order of trust (JSON-LD,
 * OpenGraph, citation_*, Dublin Core, microdata, the visible page).
 */
import { nfc, squash } from '../text/fold';

/** What Readability reported besides the body, passed through to the metadata rules. */
export type ReadabilityHints = {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  excerpt?: string | null | undefined;
  publishedTime?: string | null | undefined;
  lang?: string | null | undefined;
};

/** Metadata fields of an article (see ExtractedArticle for their meaning). */
export type PageMetadata = {
  title: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  authors: string[];
  publishedAt: string | null;
  lang: string | null;
  excerpt: string | null;
};

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`);
    const value = el?.getAttribute('content');
    if (value && value.trim()) return clean(value);
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = squash(nfc(value));
  return text || null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Read the page's metadata; `url` is the page address, used to resolve relative links. */
export function readMetadata(doc: Document, url: string, hints: ReadabilityHints): PageMetadata {
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const published = meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'dc.date') ?? clean(hints.publishedTime);
  const author = meta(doc, 'author', 'article:author', 'dc.creator') ?? clean(hints.byline);
  return {
    title: meta(doc, 'og:title') ?? clean(hints.title) ?? clean(doc.title),
    canonicalUrl: absolute(canonical, url) ?? absolute(meta(doc, 'og:url'), url),
    siteName: meta(doc, 'og:site_name', 'application-name') ?? clean(hints.siteName),
    authors: author ? [author] : [],
    publishedAt: published && !Number.isNaN(Date.parse(published)) ? published : null,
    lang: clean(doc.documentElement.getAttribute('lang'))?.toLowerCase() ?? clean(hints.lang)?.toLowerCase() ?? null,
    excerpt: meta(doc, 'description', 'og:description') ?? clean(hints.excerpt),
  };
}
