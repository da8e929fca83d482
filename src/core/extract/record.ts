/**
 * The `extract` command's record: what the extension stores for a clip, in the field order of
 * the command's contract (DESIGN.md). The window (a jsdom window in Node) is passed in for the
 * sanitizer, so this stays free of Node APIs.
 */
import { suggestEntities, type Suggestions } from '../entities';
import { sanitizeHtml } from '../sanitize';
import { nfc } from '../text/fold';
import { sha256Hex } from '../text/hash';
import { extractArticle } from './index';
import type { ExtractFailure } from './types';

/** One extracted page, as the `extract` command prints it. */
export type ExtractRecord = {
  title: string;
  url: string;
  canonicalUrl: string | null;
  siteName: string | null;
  author: string | null;
  publishedAt: string | null;
  lang: string | null;
  excerpt: string | null;
  text: string;
  /** Sanitized with DOMPurify. */
  html: string;
  /** SHA-256 (hex) of the NFC text. */
  contentHash: string;
  suggestions: Suggestions;
};

/** Extract `doc` and build its record, or say why there is no article. */
export async function extractRecord(
  doc: Document,
  url: string,
  window: Parameters<typeof sanitizeHtml>[0],
): Promise<{ ok: true; record: ExtractRecord } | { ok: false; error: ExtractFailure }> {
  const outcome = extractArticle(doc, { url });
  if (!outcome.ok) return outcome;
  const a = outcome.article;
  return {
    ok: true,
    record: {
      title: a.title,
      url: a.url,
      canonicalUrl: a.canonicalUrl,
      siteName: a.siteName,
      author: a.author,
      publishedAt: a.publishedAt,
      lang: a.lang,
      excerpt: a.excerpt,
      text: a.text,
      html: sanitizeHtml(window, a.html),
      contentHash: await sha256Hex(nfc(a.text)),
      suggestions: suggestEntities(a.text),
    },
  };
}
