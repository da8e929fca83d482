import { beforeAll, describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../../src/core/entities';
import { scoreCorpus, scorePage, type PageScore } from '../../../../src/core/entities/score';
import { fold } from '../../../../src/core/text/fold';
import { loadSeed, SEED_NAMES, type SeedPage } from './seed-pages';
import { toNewTone } from './tone';

// The "done when", on the six dev pages.
const THRESHOLDS = {
  officials: { precision: 0.95, recall: 0.9 },
  positions: { precision: 0, recall: 0.8 },
  projects: { precision: 0.85, recall: 0.8 },
  amounts: { precision: 0.95, recall: 0.95 },
} as const;

describe('entity suggestions on the vi-news seed pages', () => {
  let pages: SeedPage[] = [];
  let scores: PageScore[] = [];
  let report = '';

  beforeAll(() => {
    pages = SEED_NAMES.map(loadSeed);
    scores = pages.map((p) => scorePage(suggestEntities(p.text), p.truth));
    report = pages
      .map((p, i) => [`${p.name}:`, ...scores[i]!.misses.map((m) => `  ${m}`), ...scores[i]!.violations.map((v) => `  ! ${v}`)].join('\n'))
      .join('\n');
  });

  it.each(Object.entries(THRESHOLDS))('meets the thresholds for %s', (category, wanted) => {
    const got = scoreCorpus(scores)[category as keyof typeof THRESHOLDS];
    const line = `${category}: precision ${got.precision.toFixed(3)}, recall ${got.recall.toFixed(3)} (tp ${got.tp}, fp ${got.fp}, fn ${got.fn})`;
    expect(got.precision, `${line}\nper-page misses:\n${report}`).toBeGreaterThanOrEqual(wanted.precision);
    expect(got.recall, `${line}\nper-page misses:\n${report}`).toBeGreaterThanOrEqual(wanted.recall);
  });

  it('reports none of the notOfficials and notProjects', () => {
    expect(scores.flatMap((s) => s.violations), report).toEqual([]);
  });

  it('gives amounts with the text as written, without hơn/gần/trên', () => {
    for (const page of pages) {
      const texts = suggestEntities(page.text).amounts.map((a) => a.text);
      for (const a of page.truth.amounts) expect(texts, page.name).toContain(a.text);
    }
  });

  it('gives the same suggestions for NFD text as for NFC', () => {
    for (const page of pages) {
      const nfc = suggestEntities(page.text.normalize('NFC'));
      const nfd = suggestEntities(page.text.normalize('NFD'));
      const norm = (s: typeof nfc): string => JSON.stringify(s).normalize('NFC');
      expect(norm(nfd), page.name).toBe(norm(nfc));
    }
  });

  it('gives the same suggestions, folded, with new-style tone placement (Uỷ, hoà, thuỷ)', () => {
    for (const page of pages) {
      const folded = (text: string): string => fold(JSON.stringify(suggestEntities(text)));
      expect(folded(toNewTone(page.text)), page.name).toBe(folded(page.text));
    }
  });
});
