/**
 * Shapes of everything that crosses a message boundary, checked on arrival:
 * the background never trusts what a content script (a hostile page's neighbour) sends.
 */
import * as v from 'valibot';
import { MAX_HTML, MAX_TEXT } from './limits';

export { MAX_HTML, MAX_TEXT };

const str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nullableStr = (max: number) => v.nullable(str(max));

/** An ISO 8601 date-time with an offset or Z, or a plain date. */
export const IsoDateTime = v.pipe(
  v.string(),
  v.maxLength(40),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, 'must be ISO 8601 with an offset'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a real date'),
);

export const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
export const RecordId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** The article a content script extracted. */
export const ExtractedArticleSchema = v.strictObject({
  title: str(2_000),
  url: str(8_192),
  canonicalUrl: nullableStr(8_192),
  siteName: nullableStr(500),
  author: nullableStr(2_000),
  authors: v.pipe(v.array(str(500)), v.maxLength(50)),
  // A date the page wrote in a form we cannot read is dropped, not a reason to lose the clip.
  publishedAt: v.fallback(v.nullable(IsoDateTime), null),
  lang: nullableStr(35),
  excerpt: nullableStr(5_000),
  text: str(MAX_TEXT),
  html: str(MAX_HTML),
  wordCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A content script's answer to `extractArticle`. */
export const ExtractOutcomeSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), article: ExtractedArticleSchema }),
  v.object({ ok: v.literal(false), error: v.object({ code: v.picklist(['no-article', 'not-html', 'too-large']), message: str(1_000) }) }),
]);

/** The analyst's corrections to an article's metadata. */
export const MetadataPatchSchema = v.strictObject({
  title: v.optional(v.pipe(str(2_000), v.trim(), v.minLength(1, 'the title cannot be empty'))),
  siteName: v.optional(nullableStr(500)),
  author: v.optional(nullableStr(2_000)),
  publishedAt: v.optional(v.nullable(IsoDateTime)),
});
