/**
 * The extraction pipeline, shared by the content script and the `extract` command:
 * Readability on a clone of the document, then metadata, cleanup and serialization.
 */
import { Readability } from './readability';
import { nfc, squash, words } from '../text/fold';
import { removeBoilerplate } from './cleanup';
import { linkDensity } from './cleanup/measure';
import { takeCreditLine } from './credit-line';
import { joinAuthors } from './metadata/authors';
import { readMetadata } from './metadata';
import { serializeArticle } from './serialize';
import type { ExtractOutcome } from './types';
import { pageUrl } from '../url/page';

export type { ExtractedArticle, ExtractFailure, ExtractOutcome } from './types';

/** Options for `extractArticle`. */
export type ExtractOptions = {
  /** The page address; defaults to the document's own URL. */
  url?: string;
};

// Search results, home pages and error pages still give Readability something. A page
// counts as an article when Readability's own readerability check passes and the body
// has some substance, or, failing the check, when the body is long enough to be prose.
const MIN_ARTICLE_CHARS = 140;
const MIN_UNREADERABLE_CHARS = 1_500;

export { pageUrl };

/**
 * Extract the article of `doc`. Never mutates `doc`: Readability runs on a deep clone.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractOutcome {
  const url = pageUrl(options.url ?? doc.URL);
  const contentType = doc.contentType || 'text/html';
  if (!/html|xml/i.test(contentType)) {
    return { ok: false, error: { code: 'not-html', message: `The page is ${contentType}, not an HTML article.` } };
  }
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability(clone, { serializer: (el: Node) => el as Element }).parse();
  const body = parsed?.content as Element | undefined | null;
  if (!parsed || !body) return noArticle();

  // Listing and search pages give Readability a body of links; an article's body is mostly text.
  const links = linkDensity(body);
  const creditAuthors = takeCreditLine(body);
  removeBoilerplate(body, parsed.title ?? '');
  const { html, text: rawText } = serializeArticle(body, url);
  const text = nfc(rawText);
  if (text.length < MIN_ARTICLE_CHARS) return noArticle();
  // Metadata comes from the untouched document: Readability strips the head's scripts (JSON-LD) from its clone.
  const metadata = readMetadata(doc, url, parsed, { creditAuthors, textSample: text.slice(0, 2000) });
  // A short body is an article when the page says so, when it has paragraphs of prose, or when it
  // was not mostly links before cleanup (search and listing pages are). Readability's own
  // isProbablyReaderable would add 1.2 KB to the content script for much the same answer.
  if (text.length < MIN_UNREADERABLE_CHARS && !metadata.declaresArticle && !hasProse(text) && links > 0.35) return noArticle();
  const firstParagraph = text.split('\n\n').find((p) => p.length > 80) ?? text.split('\n\n')[0] ?? '';
  return {
    ok: true,
    article: {
      title: metadata.title ?? squash(nfc(doc.title)) ?? '',
      url,
      canonicalUrl: metadata.canonicalUrl,
      siteName: metadata.siteName,
      author: joinAuthors(metadata.authors, metadata.vietnamese),
      authors: metadata.authors,
      publishedAt: metadata.publishedAt,
      lang: metadata.lang,
      excerpt: metadata.excerpt ?? (firstParagraph.slice(0, 300) || null),
      text,
      html: nfc(html),
      wordCount: words(text).length,
    },
  };
}

/** Two or three paragraphs of finished sentences. */
function hasProse(text: string): boolean {
  const paragraphs = text.split('\n\n').filter((p) => p.length >= 100 && /[.!?。！？"”»)]$/u.test(p));
  const chars = paragraphs.reduce((sum, p) => sum + p.length, 0);
  return paragraphs.length >= 3 || (paragraphs.length >= 2 && chars >= 400);
}

function noArticle(): ExtractOutcome {
  return { ok: false, error: { code: 'no-article', message: 'No article was found on this page.' } };
}
