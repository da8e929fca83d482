/**
 * Golden tests over the six Vietnamese dev pages (seeds/, copied from ../shared/fixtures/vi-news):
 * every ground-truth field, compared after NFC + fold as the fixtures' README says, and the
 * published time as an instant with the +07:00 offset.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../../../src/core/extract';
import { extractFile, same } from './load-page';

const SEEDS = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

type Truth = {
  title: string;
  publishedAt: string;
  author: string;
  siteName: string;
  bodyMustContain: string[];
  bodyMustNotContain: string[];
};

const pages = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length));

describe('Vietnamese dev pages', () => {
  it('are all six there', () => {
    expect(pages).toHaveLength(6);
  });

  describe.each(pages)('%s', (name) => {
    const truth = JSON.parse(readFileSync(join(SEEDS, `${name}.json`), 'utf8')) as Truth;
    const outcome = extractFile(join(SEEDS, `${name}.html`), `https://vi-news.example/${name}.html`);
    const article = (outcome.ok ? outcome.article : null) as ExtractedArticle;

    it('is an article', () => expect(outcome.ok).toBe(true));
    it('has the headline', () => expect(same(article.title)).toBe(same(truth.title)));
    it('has the author without credit prefixes or affiliations', () => expect(same(article.author)).toBe(same(truth.author)));
    it('has the site name', () => expect(same(article.siteName)).toBe(same(truth.siteName)));
    it('has the published instant, written at +07:00', () => {
      expect(Date.parse(article.publishedAt ?? '')).toBe(Date.parse(truth.publishedAt));
      expect(article.publishedAt).toMatch(/\+07:00$/);
    });
    it.each(truth.bodyMustContain)('keeps body sentence %#', (sentence) => expect(same(article.text)).toContain(same(sentence)));
    it.each(truth.bodyMustNotContain)('drops boilerplate "%s"', (junk) => expect(same(article.text)).not.toContain(same(junk)));
    it('stores NFC text', () => {
      expect(article.text).toBe(article.text.normalize('NFC'));
      expect(article.title).toBe(article.title.normalize('NFC'));
    });
  });
});
