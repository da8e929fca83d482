import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TermTable, scanTerms } from '../../../../src/core/search/term-scan';
import { termsOf } from '../../../../src/core/search/terms';

const seeds = new URL('../../../../seeds/', import.meta.url).pathname;

/** The distinct terms scanTerms finds in `text`, as strings. */
function scanned(text: string, table = new TermTable()): Set<string> {
  const out = new Set<string>();
  scanTerms(text, table, (id) => out.add(table.terms[id]!));
  return out;
}

describe('scanTerms', () => {
  it('finds exactly the terms of termsOf on every seed page, NFC and NFD, with one table for all', () => {
    const table = new TermTable();
    const files = readdirSync(seeds).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(seeds + file, 'utf8');
      expect(scanned(text, table), file).toEqual(termsOf(text));
      expect(scanned(text.normalize('NFD'), table), `${file} (NFD)`).toEqual(termsOf(text.normalize('NFD')));
    }
    // One number per distinct term, however often and in however many texts it was seen.
    expect(new Set(table.terms).size).toBe(table.size);
    expect(table.size).toBeGreaterThan(1000);
  });

  it('agrees with termsOf on awkward input', () => {
    const cases = [
      'ab\ud800cd',
      'ab\udc00',
      'x\ud835\udc00y Ελλάδα 北京',
      'Điện\u200bBiên hòa\u00a0hoà',
      'a'.repeat(40) + ' ' + 'a'.repeat(24) + ' ' + 'a'.repeat(30) + 'b',
      'ß æ ﬁ İstanbul ǅ',
      'Quốc lộ 279, 1.234,5 tỷ',
      '',
      '   ,,, ',
    ];
    for (const text of cases) expect(scanned(text), JSON.stringify(text)).toEqual(termsOf(text));
  });

  it('keeps telling words apart after its table has grown many times', () => {
    const table = new TermTable();
    const words = Array.from({ length: 50_000 }, (_, i) => `w${i.toString(36)}`);
    const ids = new Map<string, number>();
    scanTerms(words.join(' '), table, (id) => ids.set(table.terms[id]!, id));
    scanTerms(words.slice(0, 1000).join(' '), table, (id) => expect(ids.get(table.terms[id]!)).toBe(id));
    expect(table.size).toBe(50_000);
    expect(table.terms.slice(0, 3)).toEqual(['w0', 'w1', 'w2']);
  });
});
