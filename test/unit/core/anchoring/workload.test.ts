import { describe as suite, expect, it } from 'vitest';
import { anchorAll } from '../../../../src/core/anchoring';
import { buildWorkload, countCorrect, exactBaseline } from '../../../../scripts/lib/anchoring-workload';
import { documentOf, seedArticle } from './helpers';

suite('the benchmark workload, scaled down', () => {
  const paragraphs = [...seedArticle().querySelectorAll('p')].map((p) => p.textContent!.trim()).filter((t) => t.length > 80);
  const options = { targetChars: 150_000, highlights: 60, changed: 8, seed: 7 };

  it('re-anchors every highlight on the right words after edits and an inserted paragraph', () => {
    const work = buildWorkload(documentOf('<!DOCTYPE html><html><body></body></html>'), paragraphs, options);
    expect(work.changedIndexes).toHaveLength(8);
    const results = anchorAll(work.root, work.selectors);
    expect(countCorrect(results, work.expected)).toBe(60);
    for (const i of work.changedIndexes) expect(results[i]!.method).toBe('fuzzy');
    // The plain exact-match baseline misses the edited quotes and picks wrong repeats.
    expect(countCorrect(exactBaseline(work.root, work.selectors), work.expected)).toBeLessThan(52);
  });
});
