/**
 * One pass over the page's <meta>, <link> and JSON-LD <script> elements: everything the
 * metadata rules read from tags, gathered without a selector query per key.
 */
import { nfc, squash } from '../../text/fold';
import { elementsUnder } from '../dom';

/** Tags of a page: meta values by lowercased name/property, link hrefs by rel, JSON-LD script texts. */
export type PageTags = {
  /** Values of <meta name|property|http-equiv content>, in page order, keyed by the lowercased key. */
  meta: Map<string, string[]>;
  /** <link rel=canonical> href, if any. */
  canonical: string | null;
  /** Texts of <script type="application/ld+json">. */
  jsonLd: string[];
};

/** Clean a metadata string: NFC, whitespace collapsed; null when empty. */
export function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = squash(nfc(value));
  return text || null;
}

/** Gather the tags of `doc`. Microdata's `<meta itemprop>` is left to the microdata reader. */
export function readPageTags(doc: Document): PageTags {
  const meta = new Map<string, string[]>();
  let canonical: string | null = null;
  const jsonLd: string[] = [];
  // One walk for all three kinds (see ../dom.ts for why not selectors or live collections).
  for (const el of elementsUnder(doc)) {
    const tag = el.localName;
    const key = tag === 'meta' && (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('http-equiv'));
    const value = key && clean(el.getAttribute('content'));
    // One tag may carry several keys: property="og:title twitter:title".
    if (key && value) for (const k of key.toLowerCase().split(/\s+/)) meta.set(k, [...(meta.get(k) ?? []), value]);
    else if (tag === 'link' && /\bcanonical\b/i.test(el.getAttribute('rel') ?? '')) canonical ??= el.getAttribute('href');
    else if (tag === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '')) jsonLd.push(el.textContent ?? '');
  }
  return { meta, canonical, jsonLd };
}

/** The first value among `keys` (in that order of preference). */
export function first(tags: PageTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.meta.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** All values of `keys`, in order, without duplicates. */
export function all(tags: PageTags, ...keys: string[]): string[] {
  return [...new Set(keys.flatMap((k) => tags.meta.get(k) ?? []))];
}
