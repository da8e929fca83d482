import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shingles, tokens } from '../../../../src/core/extract/score';
import { quantile, summarizeTimes } from '../../../../scripts/lib/score-timing';

describe('benchmark scoring', () => {
  it('tokenizes on Unicode letters, digits and underscores, dropping punctuation', () => {
    expect(tokens('Ủy ban, 1.200 hộ_dân!')).toEqual(['Ủy', 'ban', '1', '200', 'hộ_dân']);
  });

  it('makes 4-token shingles with counts, and one shingle for a text of 1-3 tokens', () => {
    expect([...shingles('a b c d e').entries()]).toEqual([['a\0b\0c\0d', 1], ['b\0c\0d\0e', 1]]);
    expect([...shingles('a a a a a').values()]).toEqual([2]);
    expect([...shingles('only two').keys()]).toEqual(['only\0two']);
    expect(shingles('  ,, ').size).toBe(0);
  });

  it('scores a perfect extraction 1/1 and a disjoint one 0/0', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toEqual({ precision: 1, recall: 1 });
    expect(scorePage('a b c d', 'w x y z')).toEqual({ precision: 0, recall: 0 });
    expect(scorePage('', '')).toEqual({ precision: 1, recall: 1 });
    expect(scorePage('', 'w x y z')).toEqual({ precision: 0, recall: 0 });
  });

  it('counts extra text against precision and missing text against recall, by multiset', () => {
    // gold: 2 shingles (a b c d, b c d e); predicted adds 2 more (c d e f, d e f g).
    expect(scorePage('a b c d e f g', 'a b c d e')).toEqual({ precision: 0.5, recall: 1 });
    expect(scorePage('a b c d', 'a b c d e')).toEqual({ precision: 1, recall: 0.5 });
    // A repeated shingle only matches as many times as the gold has it.
    expect(scorePage('x y z w x y z w', 'x y z w')).toEqual({ precision: 0.2, recall: 1 });
  });

  it('takes the F1 of the corpus means, not the mean of per-page F1', () => {
    const corpus = scoreCorpus([{ precision: 1, recall: 0 }, { precision: 0, recall: 1 }]);
    expect(corpus.precision).toBe(0.5);
    expect(corpus.recall).toBe(0.5);
    expect(corpus.f1).toBe(0.5);
  });

  it('summarizes times by nearest-rank median and p95', () => {
    const times = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(times, 0.5)).toBe(50);
    expect(quantile(times, 0.95)).toBe(95);
    expect(summarizeTimes([3, 1, 2])).toEqual({ medianMs: 2, p95Ms: 3, totalMs: 6 });
  });
});
