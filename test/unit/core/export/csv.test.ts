import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvFile, exportFormat } from '../../../../src/core/export';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

const backup = await buildSeedBackup();
const files = exportFormat(backup, 'csv');
const read = (path: string) => {
  const file = files.find((f) => f.path === path)!;
  const text = file.content as string;
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('CSV export', () => {
  it('writes articles, annotations, entities and mentions, each with a byte-order mark', () => {
    expect(files.map((f) => f.path)).toEqual(['articles.csv', 'annotations.csv', 'entities.csv', 'mentions.csv']);
    expect(files.every((f) => f.mediaType === 'text/csv;charset=utf-8')).toBe(true);
  });

  it('reads back with a real CSV parser, Vietnamese intact', () => {
    const articles = read('articles.csv');
    expect(articles).toHaveLength(6);
    const titles = articles.map((a) => a.title);
    expect(titles).toContain('Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ');
    // The NFD seed page comes out in NFC.
    expect(titles.every((t) => t === t!.normalize('NFC'))).toBe(true);
    const dbp = articles.find((a) => a.title?.startsWith('Thường trực'))!;
    expect(dbp.collections).toBe('Cảng hàng không Điện Biên; tỉnh ủy 2023');
    expect(Number(dbp.highlights)).toBeGreaterThan(0);
  });

  it('keeps embedded quotes, commas and line breaks inside one cell', () => {
    const notes = read('annotations.csv').map((a) => a.note);
    expect(notes).toContain('Ghi chú "trích dẫn", có dấu phẩy\nDòng hai');
  });

  it('leaves deleted highlights and merged entities out', () => {
    const live = backup.annotations.filter((a) => !a.deletedAt).length;
    expect(read('annotations.csv')).toHaveLength(live);
    const names = read('entities.csv').map((e) => e.name);
    expect(names).not.toContain('Trần Quốc Cuờng');
    expect(names).toContain('Trần Quốc Cường');
    // The merged misspelling's mention counts for the entity it became.
    const cuong = read('entities.csv').find((e) => e.name === 'Trần Quốc Cường')!;
    expect(Number(cuong.articles)).toBe(2);
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    const tags = read('annotations.csv').map((a) => a.tags);
    expect(tags).toContain("'=cmd|calc; tiến độ");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('Dự án')).toBe('Dự án');
    expect(csvCell(-5)).toBe('-5');
  });

  it('follows RFC 4180: CRLF after every record, quotes doubled', () => {
    expect(csvFile(['a', 'b'], [['x "y"', 'p,q']], { bom: false })).toBe('a,b\r\n"x ""y""","p,q"\r\n');
  });
});
