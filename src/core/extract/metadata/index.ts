/**
 * Page metadata in a clear order of trust: JSON-LD, then OpenGraph and article:*, then
 * citation_* and Dublin Core, then microdata, then the visible page (the date line near the
 * title, the credit line at the end of the body, the site's logo and footer).
 */
import { fold } from '../../text/fold';
import { parseAuthors } from './authors';
import { readBylineLinks } from './byline-links';
import { readDateline } from './dateline';
import { readJsonLd } from './jsonld';
import { looksVietnamese, normalizeLang } from './lang';
import { readMicrodataDate } from './microdata';
import { all, clean, first, readPageTags } from './page-tags';
import { settlePublished } from './published';
import { brandOnPage } from './site';
import { chooseTitle, siteFromTitle } from './title';

/** What Readability reported besides the body: its byline (class "byline"/"author", itemprop=author) is an author source; its title and language are last fallbacks. */
export type ReadabilityHints = {
  title?: string | null | undefined;
  byline?: string | null | undefined;
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
  /** Whether the page is Vietnamese (declared or recognised): +07:00 local times, "A - B" bylines. */
  vietnamese: boolean;
  excerpt: string | null;
  /** The page says it is an article (og:type article, a JSON-LD Article type). */
  declaresArticle: boolean;
};

/** What the pipeline found in the article body that metadata may use. */
export type BodyEvidence = {
  /** Authors named by the credit line at the end of the body ("Tin, ảnh: An Chi"). */
  creditAuthors: string[];
  /** The start of the body text, to recognise a Vietnamese page that declares no language. */
  textSample: string;
};

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Read the page's metadata; `url` is the page address, used to resolve relative links. */
export function readMetadata(doc: Document, url: string, hints: ReadabilityHints, body: BodyEvidence): PageMetadata {
  const tags = readPageTags(doc);
  const canonicalUrl = absolute(tags.canonical, url) ?? absolute(first(tags, 'og:url'), url);
  const ld = readJsonLd(tags.jsonLd, [url, canonicalUrl].filter((u): u is string => !!u));

  const docTitle = clean(doc.title);
  const heading = clean(doc.getElementsByTagName('h1')[0]?.textContent);
  const declared =
    normalizeLang(doc.documentElement.getAttribute('lang')) ??
    normalizeLang(first(tags, 'content-language', 'og:locale')) ??
    normalizeLang(hints.lang);
  const vietnamese = declared ? declared.startsWith('vi') : looksVietnamese(`${docTitle ?? ''} ${body.textSample}`) || /^https?:\/\/[^/]+\.vn(?:[:/]|$)/i.test(url);
  const lang = declared ?? (vietnamese ? 'vi' : null);

  const metaTitles = [clean(ld?.headline), first(tags, 'og:title'), first(tags, 'twitter:title', 'citation_title', 'dc.title')];
  const rawTitle = chooseTitle({ meta: metaTitles, docTitle, heading, siteName: null });
  const siteName =
    first(tags, 'og:site_name') ??
    clean(ld?.publisher) ??
    first(tags, 'dc.publisher', 'citation_publisher') ??
    brandOnPage(doc, rawTitle ?? '') ??
    siteFromTitle(docTitle, heading ?? rawTitle) ??
    first(tags, 'application-name');
  const title = chooseTitle({ meta: metaTitles, docTitle, heading, siteName }) ?? clean(hints.title);

  // A "person" who is the site itself (meta author = "Báo X") is no author.
  const notSite = (names: string[]): string[] => names.filter((n) => !siteName || fold(n) !== fold(siteName));
  const authorSources: (() => string[])[] = [
    () => (ld?.authors ?? []).flatMap((a) => parseAuthors(a)),
    () => all(tags, 'article:author', 'author').flatMap((a) => parseAuthors(a)),
    // One tag per author, often "Family, Given".
    () => all(tags, 'citation_author', 'dc.creator').flatMap((a) => parseAuthors(a, true)),
    () => readBylineLinks(doc),
    () => (hints.byline ? parseAuthors(hints.byline) : []),
    () => body.creditAuthors,
  ];
  let authors: string[] = [];
  for (const source of authorSources) {
    authors = [...new Set(notSite(source()))];
    if (authors.length) break;
  }

  // Numeric dates are day-first everywhere but in US English.
  const dayFirst = !/^en(?:-us)?$/.test(lang ?? '');
  const publishedAt = settlePublished({
    candidates: [
      () => ld?.datePublished,
      () => first(tags, 'article:published_time'),
      () => first(tags, 'citation_publication_date', 'citation_date', 'dc.date.issued', 'dc.date'),
      () => readMicrodataDate(doc),
      () => first(tags, 'pubdate', 'publishdate', 'datepublished', 'date'),
    ],
    visible: () => (title ? readDateline(doc, title, dayFirst) : null),
    vietnamese,
    dayFirst,
  });

  return {
    title,
    canonicalUrl,
    siteName,
    authors,
    publishedAt,
    lang,
    vietnamese,
    excerpt: first(tags, 'description', 'og:description') ?? clean(ld?.description),
    declaresArticle: !!ld?.isArticle || /^article/i.test(first(tags, 'og:type') ?? ''),
  };
}
