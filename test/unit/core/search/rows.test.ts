import { describe, expect, it } from 'vitest';
import { bucketOf, docsOf, mergeRow, packRows, rowEntries, termsWithPrefix } from '../../../../src/core/search/rows';

const entries: Array<[string, number[]]> = [
  ['thanh', [1, 5, 9]],
  ['th', [2]],
  ['thang', [5]],
  ['thi', [3, 4]],
  ['a', [7]],
  ['thanhhoa', [9]],
];

describe('packed postings rows', () => {
  it('groups terms by their first three letters, sorted, and gives each term its own documents back', () => {
    const rows = packRows(0, entries);
    expect(rows.map((r) => [r.bucket, r.terms])).toEqual([
      ['a', ['a']],
      ['th', ['th']],
      ['tha', ['thang', 'thanh', 'thanhhoa']],
      ['thi', ['thi']],
    ]);
    const all = new Map(rows.flatMap((r) => [...rowEntries(r)].map(([t, d]) => [t, [...d]] as const)));
    expect(all).toEqual(new Map(entries));
    const tha = rows.find((r) => r.bucket === bucketOf('thanh'))!;
    expect([...docsOf(tha, 'thanh')]).toEqual([1, 5, 9]);
    expect([...docsOf(tha, 'than')]).toEqual([]);
    expect(termsWithPrefix(tha, 'thanh')).toEqual(['thanh', 'thanhhoa']);
    expect(termsWithPrefix(tha, 'than')).toEqual(['thang', 'thanh', 'thanhhoa']);
    expect(termsWithPrefix(tha, 'thb')).toEqual([]);
  });

  it('appends new documents to stored ones, term by term, keeping new terms too', () => {
    const [old] = packRows(2, [['thanh', [8192, 8200]], ['thang', [8193]]]);
    const [fresh] = packRows(2, [['thanh', [8300]], ['thai', [8301]]]);
    const merged = mergeRow(old!, fresh!);
    expect(merged).toMatchObject({ bucket: 'tha', chunk: 2, terms: ['thai', 'thang', 'thanh'] });
    expect([...docsOf(merged, 'thanh')]).toEqual([8192, 8200, 8300]);
    expect([...docsOf(merged, 'thai')]).toEqual([8301]);
    expect([...docsOf(merged, 'thang')]).toEqual([8193]);
  });
});
