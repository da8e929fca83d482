import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../../src/core/text/fold';
import { MAX_TERM_LENGTH, queryTerms, termsOf } from '../../../../src/core/search/terms';

/** The definition termsOf must match: the words of fold(text). */
const reference = (text: string) => new Set((fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.slice(0, MAX_TERM_LENGTH)));
const seeds = new URL('../../../../seeds/', import.meta.url).pathname;

describe('termsOf', () => {
  it('gives the words of fold(text) for every seed page, NFC and NFD', () => {
    for (const file of readdirSync(seeds).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(seeds + file, 'utf8');
      expect(termsOf(text), file).toEqual(reference(text));
      expect(termsOf(text.normalize('NFD')), `${file} (NFD)`).toEqual(reference(text.normalize('NFD')));
    }
  });
  it('meets every spelling of a Vietnamese word in one term', () => {
    expect(queryTerms('Điện Biên Phủ')).toEqual(['dien', 'bien', 'phu']);
    expect(queryTerms('Uỷ ban Ủy BAN'.normalize('NFD'))).toEqual(['uy', 'ban']);
    expect(queryTerms('hòa\u00a0hoà\u200bthủy')).toEqual([...reference('hòa\u00a0hoà\u200bthủy')]);
    expect(queryTerms('Điện\u200bBiên')).toEqual(['dienbien']); // fold() drops zero-width characters, joining the halves
  });
  it('keeps digits, other scripts and long words (cut)', () => {
    expect(queryTerms('Quốc lộ 279, 1.234,5 tỷ')).toEqual(['quoc', 'lo', '279', '1', '234', '5', 'ty']);
    expect(queryTerms('Ελλάδα 北京 𝐀bc')).toEqual(reference('Ελλάδα 北京 𝐀bc').size ? [...reference('Ελλάδα 北京 𝐀bc')] : []);
    expect(queryTerms('a'.repeat(40))).toEqual(['a'.repeat(MAX_TERM_LENGTH)]);
  });
});

describe('termsOf on awkward input', () => {
  it('treats lone surrogate halves as separators and keeps whole pairs', () => {
    expect(termsOf('ab\ud800cd')).toEqual(new Set(['ab', 'cd']));
    expect(termsOf('ab\udc00')).toEqual(new Set(['ab']));
    expect(termsOf('x\ud835\udc00y')).toEqual(reference('x\ud835\udc00y'));
  });
  it('gives the same terms for a long text as for its parts, and again on a second call', () => {
    const part = readFileSync(new URL('../../../../seeds/', import.meta.url).pathname + readdirSync(seeds).find((f) => f.endsWith('.html'))!, 'utf8');
    const long = Array.from({ length: 30 }, () => part).join('\n'); // past the kept buffer's size
    expect(termsOf(long)).toEqual(reference(part));
    expect(termsOf('Điện Biên')).toEqual(new Set(['dien', 'bien']));
  });
});
