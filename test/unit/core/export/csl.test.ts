import { describe, expect, it } from 'vitest';
import { exportFormat } from '../../../../src/core/export';
import { cslName } from '../../../../src/core/export/csl-names';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const backup = await buildSeedBackup();
const [file] = exportFormat(backup, 'csl');
const items = JSON.parse(file!.content as string) as Json[];
const dateParts = { 'date-parts': [[expect.any(Number), expect.any(Number), expect.any(Number)]] };

describe('CSL-JSON export', () => {
  it('is an array of article-newspaper items with the required id, type and title', () => {
    expect(file!.path).toBe('citations.csl.json');
    expect(items).toHaveLength(6);
    for (const item of items) {
      expect(typeof item.id).toBe('string');
      expect(item.type).toBe('article-newspaper');
      expect(typeof item.title).toBe('string');
      expect(item.URL).toMatch(/^https:\/\//);
      expect(item.accessed).toEqual(dateParts);
      if (item.issued) expect(item.issued).toEqual(dateParts);
      if (item.author) for (const a of item.author as Json[]) expect(typeof a.literal === 'string' || (typeof a.family === 'string' && typeof a.given === 'string')).toBe(true);
    }
  });

  it('dates an article by its own local date, not UTC', () => {
    for (const a of backup.articles.filter((x) => x.publishedAt)) {
      const [y, m, d] = a.publishedAt!.slice(0, 10).split('-').map(Number);
      expect(items.find((i) => i.id === a.id)!.issued).toEqual({ 'date-parts': [[y, m, d]] });
    }
    const late = structuredClone(backup);
    late.articles[3]!.publishedAt = '2024-05-06T23:30:00+07:00';
    const item = (JSON.parse(exportFormat(late, 'csl')[0]!.content as string) as Json[]).find((i) => i.id === late.articles[3]!.id)!;
    expect(item.issued).toEqual({ 'date-parts': [[2024, 5, 6]] });
  });

  it('keeps Vietnamese names whole, as Zotero would otherwise split them backwards', () => {
    for (const a of backup.articles.filter((x) => x.authors.length)) {
      const item = items.find((i) => i.id === a.id)!;
      expect(item.author).toEqual(a.authors.map((literal) => ({ literal })));
      expect(item.language).toMatch(/^vi/);
    }
    expect(cslName('Trần Quốc Cường', null)).toEqual({ literal: 'Trần Quốc Cường' });
    expect(cslName('Nhóm PV', 'vi')).toEqual({ literal: 'Nhóm PV' });
    expect(cslName('John Smith', 'en')).toEqual({ family: 'Smith', given: 'John' });
    expect(cslName('Smith, John', 'en')).toEqual({ family: 'Smith', given: 'John' });
    expect(cslName('John Smith, Jane Doe', 'en')).toEqual({ literal: 'John Smith, Jane Doe' });
    expect(cslName('Reuters staff', 'en')).toEqual({ literal: 'Reuters staff' });
  });
});
