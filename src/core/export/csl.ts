/**
 * CSL-JSON for Zotero and other reference managers (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html):
 * one `article-newspaper` item per clip.
 */
import { cslName } from './csl-names';
import type { FormatDefinition } from './types';
import type { ClipView } from './view';

/** A CSL date. */
export type CslDate = { 'date-parts': [[number, number, number]] };

/** Starts the CSL-JSON export: `citations.csl.json`, an array of items. */
export const cslFormat: FormatDefinition = () => {
  const items: object[] = [];
  return {
    add: (clip) => void items.push(toCslItem(clip)),
    finish: () => [{ path: 'citations.csl.json', content: `${JSON.stringify(items, null, 2)}\n`, mediaType: 'application/vnd.citationstyles.csl+json' }],
  };
};

/** One clip as a CSL-JSON item. */
export function toCslItem(clip: ClipView): object {
  const a = clip.article;
  const authors = a.authors?.length ? a.authors : a.author ? [a.author] : [];
  const issued = a.publishedAt ? cslDate(a.publishedAt) : null;
  const accessed = cslDate(a.clippedAt);
  return {
    id: a.id,
    type: 'article-newspaper',
    title: a.title,
    ...(a.siteName ? { 'container-title': a.siteName } : {}),
    ...(authors.length ? { author: authors.map((name) => cslName(name, a.lang)) } : {}),
    ...(issued ? { issued } : {}),
    URL: a.canonicalUrl ?? a.url,
    ...(accessed ? { accessed } : {}),
    ...(a.lang ? { language: a.lang } : {}),
    ...(a.excerpt ? { abstract: a.excerpt } : {}),
    ...(a.tags.length ? { keyword: a.tags.join(', ') } : {}),
  };
}

/** The date an ISO string names, as written: "2023-02-08T13:40:00+07:00" is 8 February 2023 whatever the reader's time zone. */
export function cslDate(iso: string): CslDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : null;
}
