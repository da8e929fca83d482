/**
 * Re-anchoring benchmark in headless Chromium (issue 4): 200 highlights on a page of 1 MB
 * of text, 20 of them with quotes changed by 1-3 characters and a paragraph inserted near
 * the top, re-anchored with anchorAll (the code the annotate script and the stored copy
 * run), next to a plain exact-match baseline (the text once, then indexOf of each quote)
 * from the same run on the same page. Also how many landed on the right words, and the
 * time to draw all 200 once anchored.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { launchChromium } from '../lib/browsers';
import { median, row, type BenchRow } from './table';

const ROUNDS = 15;

/** The seed article's paragraphs (NFC), the material the workload repeats to 1 MB. */
function seedParagraphs(root: string): string[] {
  const doc = new JSDOM(readFileSync(join(root, 'seeds/seed-dbp.html'), 'utf8')).window.document;
  return [...doc.querySelectorAll('#contentdetail p, .sapo-detail')].map((p) => p.textContent!.trim().normalize('NFC')).filter((t) => t.length > 80);
}

// Runs in the page: the workload generator, anchoring and the highlighter, bundled as they ship.
const PAGE_CODE = `
import { anchorAll, anchorAllIn, buildTextModel } from './src/core/anchoring';
import { highlightRange, removeAllHighlights } from './src/content/highlighter';
import { buildWorkload, countCorrect, exactBaseline, DEFAULT_WORKLOAD } from './scripts/lib/anchoring-workload';

globalThis.__anchoringBench = (paragraphs, rounds) => {
  const work = buildWorkload(document, paragraphs, DEFAULT_WORKLOAD);
  const ours = [], base = [];
  let results = [], baseResults = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    baseResults = exactBaseline(work.root, work.selectors);
    base.push(performance.now() - t0);
    t0 = performance.now();
    results = anchorAll(work.root, work.selectors);
    ours.push(performance.now() - t0);
  }
  const pick = (list) => work.changedIndexes.map((i) => list[i]);
  // Anchor and draw every highlight once, as a page restore does.
  const t0 = performance.now();
  const model = buildTextModel(work.root);
  anchorAllIn(model, work.selectors).forEach((m, i) => m && highlightRange(m.toRange(), { id: 'h' + i, color: 'yellow' }));
  const draw = performance.now() - t0;
  removeAllHighlights(work.root);
  return {
    ours, base, draw,
    chars: work.textLength,
    highlights: work.selectors.length,
    changed: work.changedIndexes.length,
    right: countCorrect(results, work.expected),
    baseRight: countCorrect(baseResults, work.expected),
    changedRight: countCorrect(pick(results), pick(work.expected)),
    baseChangedRight: countCorrect(pick(baseResults), pick(work.expected)),
    orphans: results.filter((r) => !r).length,
  };
};
`;

type Outcome = {
  ours: number[];
  base: number[];
  draw: number;
  chars: number;
  highlights: number;
  changed: number;
  right: number;
  baseRight: number;
  changedRight: number;
  baseChangedRight: number;
  orphans: number;
};

/** Run the benchmark; `root` is the repository, `dist` the Chrome test build (only the browser's flags matter here). */
export async function benchAnchoring(root: string, dist: string): Promise<BenchRow[]> {
  const bundle = await build({ stdin: { contents: PAGE_CODE, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'iife', write: false });
  const session = await launchChromium(dist);
  try {
    const page = await session.context.newPage();
    await page.setContent('<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const o = (await page.evaluate(([paragraphs, rounds]) => (globalThis as never as { __anchoringBench: (p: string[], r: number) => Outcome }).__anchoringBench(paragraphs, rounds), [
      seedParagraphs(root),
      ROUNDS,
    ] as const)) as Outcome;
    const size = `${(o.chars / 1e6).toFixed(2)} M chars`;
    const exact = (value: number) => ({ value, name: 'exact indexOf' });
    const right = (name: string, value: number, of: number, baseline: number): BenchRow => ({
      ...row('anchoring', `${name} (of ${of})`, value, 'highlights', { value: baseline, name: 'exact indexOf' }, { text: `all ${of}` }),
      ratio: null,
      pass: value === of,
    });
    return [
      row('anchoring', `re-anchor ${o.highlights} highlights, ${o.changed} edited, ${size} (median of ${ROUNDS})`, median(o.ours), 'ms', exact(median(o.base)), { value: 100 }),
      row('anchoring', 're-anchor, first (cold) run', o.ours[0]!, 'ms', exact(o.base[0]!), { value: 100 }),
      right('landed on the right words', o.right, o.highlights, o.baseRight),
      right('edited quotes on the right words', o.changedRight, o.changed, o.baseChangedRight),
      { ...row('anchoring', `orphans (of ${o.highlights})`, o.orphans, 'highlights', { value: null, name: '' }, { value: 0 }) },
      row('anchoring', `anchor + draw all ${o.highlights} (<dossier-mark>), once`, o.draw, 'ms', { value: null, name: '' }, { text: 'reported' }),
    ];
  } finally {
    await session.close();
  }
}
