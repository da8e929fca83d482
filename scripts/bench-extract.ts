/**
 * `npm run bench:extract [-- --rounds N] [--only ID]`: scores our extraction pipeline and raw Readability 0.6.0
 * side by side on the scrapinghub article-extraction benchmark (dev split in ../shared), with the
 * scoring in DESIGN.md, and times both per page. Writes the figures to out/bench-extract.json.
 *
 * Each page is parsed with jsdom once (untimed); then raw `new Readability(clone).parse()` and our
 * `extractArticle(doc)` are timed on it, alternating which goes first. With several rounds a page's
 * time is its fastest round: other people's processes on this machine only ever add time.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/core/extract';
import { scoreCorpus, scorePage, type PageScore } from '../src/core/extract/score';
import { summarizeTimes } from './lib/score-timing';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = process.env.BENCH_DIR ?? join(ROOT, '../shared/bench/extraction/scrapinghub-dev');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const rounds = Math.max(1, Number(flag('--rounds') ?? 3));
const only = flag('--only');

type Truth = Record<string, { articleBody: string; url: string }>;
const truth = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Truth;
const ids = readdirSync(join(BENCH, 'html'))
  .filter((f) => f.endsWith('.html.gz'))
  .map((f) => f.slice(0, -'.html.gz'.length))
  .filter((id) => truth[id] && (!only || id.startsWith(only)))
  .sort();

// Pages log CSS and script errors through jsdom; they are noise here.
const quiet = new VirtualConsole();

const ours = { scores: [] as PageScore[], times: [] as number[] };
const raw = { scores: [] as PageScore[], times: [] as number[] };
const pages: { id: string; ours: PageScore; raw: PageScore; oursMs: number; rawMs: number }[] = [];

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

// A page that makes an extractor throw scores zero for it, and is reported, rather than ending the run.
function guard<T>(id: string, who: string, fn: () => T): T | null {
  try {
    return fn();
  } catch (err) {
    console.error(`${id.slice(0, 12)} ${who}: ${(err as Error).message.split('\n')[0]}`);
    return null;
  }
}

for (const [index, id] of ids.entries()) {
  const { articleBody, url } = truth[id]!;
  const html = gunzipSync(readFileSync(join(BENCH, 'html', `${id}.html.gz`))).toString('utf8');
  // Parsed through DOMParser: its document has no window, so jsdom does not parse the page's
  // stylesheets (slow, and css-tree throws on some real-world CSS, aborting the whole parse).
  const dom = new JSDOM('', { url, virtualConsole: quiet });
  const doc = new dom.window.DOMParser().parseFromString(html, 'text/html');
  let oursText = '';
  let rawText = '';
  let oursMs = Infinity;
  let rawMs = Infinity;
  for (let round = 0; round < rounds; round++) {
    const runRaw = (): void => {
      const [parsed, ms] = time(() => guard(id, 'raw', () => new Readability(doc.cloneNode(true) as Document).parse()));
      rawText = parsed?.textContent ?? '';
      rawMs = Math.min(rawMs, ms);
    };
    const runOurs = (): void => {
      const [outcome, ms] = time(() => guard(id, 'ours', () => extractArticle(doc, { url })));
      oursText = outcome?.ok ? outcome.article.text : '';
      oursMs = Math.min(oursMs, ms);
    };
    // Alternate who goes first, so neither always pays for a cold cache.
    if ((index + round) % 2 === 0) {
      runRaw();
      runOurs();
    } else {
      runOurs();
      runRaw();
    }
  }
  dom.window.close();
  const o = scorePage(oursText, articleBody);
  const r = scorePage(rawText, articleBody);
  ours.scores.push(o);
  raw.scores.push(r);
  ours.times.push(oursMs);
  raw.times.push(rawMs);
  pages.push({ id, ours: o, raw: r, oursMs, rawMs });
}

const summary = {
  pages: ids.length,
  rounds,
  ours: { ...scoreCorpus(ours.scores), time: summarizeTimes(ours.times) },
  raw: { ...scoreCorpus(raw.scores), time: summarizeTimes(raw.times) },
};
const ratio = {
  medianTime: summary.ours.time.medianMs / summary.raw.time.medianMs,
  p95Time: summary.ours.time.p95Ms / summary.raw.time.p95Ms,
};

const f = (x: number): string => x.toFixed(4);
const ms = (x: number): string => `${x.toFixed(1)} ms`;
console.log(`Extraction benchmark: ${ids.length} pages, ${rounds} round(s), fastest round per page\n`);
console.log(`                 F1      precision  recall   median time  p95 time`);
for (const [name, s] of [['ours', summary.ours], ['raw Readability', summary.raw]] as const) {
  console.log(`${name.padEnd(16)} ${f(s.f1)}  ${f(s.precision)}     ${f(s.recall)}   ${ms(s.time.medianMs).padEnd(12)} ${ms(s.time.p95Ms)}`);
}
console.log(`\ntime ratio ours/raw: median ${ratio.medianTime.toFixed(2)}x, p95 ${ratio.p95Time.toFixed(2)}x`);

mkdirSync(join(ROOT, 'out'), { recursive: true });
writeFileSync(join(ROOT, 'out/bench-extract.json'), `${JSON.stringify({ ...summary, ratio, perPage: pages }, null, 2)}\n`);
console.log('Figures written to out/bench-extract.json');
