import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../../src/core/extract/metadata/jsonld';

const page = 'https://news.example/a';

describe('JSON-LD', () => {
  it('finds the article inside @graph and resolves @id references', () => {
    const ld = readJsonLd([JSON.stringify({
      '@graph': [
        { '@type': 'WebPage', '@id': page, datePublished: '2020-01-01' },
        { '@type': ['Article', 'NewsArticle'], headline: 'H', datePublished: '2021-04-13T06:30:00-05:00', author: { '@id': '#p' }, publisher: { '@id': '#o' } },
        { '@type': 'Person', '@id': '#p', name: 'Dana Whitfield' },
        { '@type': 'Organization', '@id': '#o', name: 'The Ledger' },
      ],
    })], [page]);
    expect(ld).toMatchObject({ isArticle: true, headline: 'H', datePublished: '2021-04-13T06:30:00-05:00', authors: ['Dana Whitfield'], publisher: 'The Ledger' });
  });

  it('prefers the article about this page over others listed beside it', () => {
    const other = { '@type': 'NewsArticle', url: 'https://news.example/b', headline: 'Other', datePublished: '2020-01-01' };
    const own = { '@type': 'NewsArticle', mainEntityOfPage: { '@id': page }, headline: 'Own', datePublished: '2021-01-01' };
    expect(readJsonLd([JSON.stringify([other, own])], [page])?.headline).toBe('Own');
  });

  it('reads authors as strings, objects and given/family names, and skips profile URLs', () => {
    const ld = readJsonLd([JSON.stringify({ '@type': 'http://schema.org/BlogPosting', headline: 'H', author: ['Ann Lee', { name: 'Bo Kim' }, { givenName: 'Tomás', familyName: 'Ó Briain' }, 'https://x.example/u/1'] })], [page]);
    expect(ld?.authors).toEqual(['Ann Lee', 'Bo Kim', 'Tomás Ó Briain']);
  });

  it('survives raw newlines and trailing commas, and ignores scripts that are not JSON', () => {
    const ld = readJsonLd(['{"@type":"NewsArticle","headline":"Dòng một\ndòng hai","datePublished":"2024-07-18T08:15:00+07:00",}', 'not json'], [page]);
    expect(ld?.headline).toBe('Dòng một dòng hai');
    expect(readJsonLd(['{"@type":"BreadcrumbList"}'], [page])).toBeNull();
  });
});
