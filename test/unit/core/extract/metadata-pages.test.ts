/**
 * Small pages of our own (test/fixtures/extract), each with its expectations beside it in a
 * .json file that says why: JSON-LD in @graph, several authors, no metadata at all, conflicting
 * metadata, UTC times, updated versus published, related-news dates, agency marks, microdata,
 * Dublin Core, citation_*, NFD and character references, in English, Vietnamese and others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../../src/core/extract';
import { extractFile, same } from './load-page';

const DIR = fileURLToPath(new URL('../../../fixtures/extract/', import.meta.url));

type Expected = {
  url: string;
  why: string;
  noArticle?: boolean;
  title?: string;
  siteName?: string | null;
  author?: string | null;
  authors?: string[];
  publishedAt?: string | null;
  lang?: string | null;
  canonicalUrl?: string;
  bodyMustContain?: string[];
  bodyMustNotContain?: string[];
};

const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

describe('metadata rules on pages of our own', () => {
  it('has at least a dozen pages', () => expect(pages.length).toBeGreaterThanOrEqual(12));

  describe.each(pages)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Expected;
    const outcome = extractFile(join(DIR, `${name}.html`), expected.url);

    if (expected.noArticle) {
      it('has no article', () => expect(outcome).toMatchObject({ ok: false, error: { code: 'no-article' } }));
      return;
    }
    const article = (outcome.ok ? outcome.article : null) as ExtractedArticle;
    it('is an article', () => expect(outcome.ok).toBe(true));
    it('has the expected metadata', () => {
      const got = { title: article.title, siteName: article.siteName, author: article.author, authors: article.authors, publishedAt: article.publishedAt, lang: article.lang };
      const want = { title: expected.title, siteName: expected.siteName, author: expected.author, authors: expected.authors, publishedAt: expected.publishedAt, lang: expected.lang };
      expect(got).toEqual(want);
    });
    if (expected.canonicalUrl) it('has the canonical URL', () => expect(article.canonicalUrl).toBe(expected.canonicalUrl));
    it('keeps the body and drops the furniture', () => {
      const text = same(article.text);
      for (const s of expected.bodyMustContain ?? []) expect(text).toContain(same(s));
      for (const s of expected.bodyMustNotContain ?? []) expect(text).not.toContain(same(s));
      expect(article.text).toBe(article.text.normalize('NFC'));
    });
  });
});
