import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../../src/core/entities';
import { scoreCorpus, scorePage, type EntityTruth } from '../../../../src/core/entities/score';
import { fold } from '../../../../src/core/text/fold';
import { toNewTone } from './tone';

// Articles written for these tests (test/fixtures/entities), in the seed pages' truth schema.
const DIR = fileURLToPath(new URL('../../../fixtures/entities/', import.meta.url));
type Article = EntityTruth & { file: string; form: 'NFC' | 'NFD' | 'new-tone'; paragraphs: string[] };
const articles: Article[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ file, ...(JSON.parse(readFileSync(DIR + file, 'utf8')) as Omit<Article, 'file'>) }));

const textOf = (a: Article): string => {
  const text = a.paragraphs.join('\n\n');
  return a.form === 'NFD' ? text.normalize('NFD') : a.form === 'new-tone' ? toNewTone(text) : text;
};

describe('entity suggestions on the test articles', () => {
  it('finds every official, position, project and amount, and nothing else', () => {
    const scores = articles.map((a) => scorePage(suggestEntities(textOf(a)), a));
    const report = articles.map((a, i) => `${a.file}: ${[...scores[i]!.misses, ...scores[i]!.violations].join('; ')}`).join('\n');
    for (const [category, s] of Object.entries(scoreCorpus(scores))) {
      expect([category, s.precision, s.recall], report).toEqual([category, 1, 1]);
    }
  });

  it('gives the same suggestions, folded, whatever the tone placement', () => {
    for (const a of articles) {
      const folded = (text: string): string => fold(JSON.stringify(suggestEntities(text)));
      expect(folded(toNewTone(textOf(a))), a.file).toBe(folded(textOf(a)));
    }
  });
});
