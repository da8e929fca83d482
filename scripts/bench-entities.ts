/**
 * Entity suggestion benchmark: `suggestEntities` on a 5,000-word Vietnamese article (the seed
 * pages' article bodies, concatenated and repeated), median of 30 runs, beside the time
 * `extractArticle` takes on the equivalent page under jsdom. Target: suggestions ≤ 20 ms.
 *
 * `benchEntities()` returns the rows for `npm run bench`; `npx tsx scripts/bench-entities.ts`
 * prints them. Times are wall-clock medians; on a shared machine other processes only ever add
 * time, so the fastest run and the median CPU time are printed too. `baseline` is the 20 ms
 * target, except on the row that compares suggestions with extraction, where it is the
 * extraction time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { JSDOM, VirtualConsole } from 'jsdom';
import { findKnownEntities, suggestEntities } from '../src/core/entities';
import type { KnownEntity } from '../src/core/entities/types';
import { extractArticle } from '../src/core/extract';
import { words } from '../src/core/text/fold';

/** One benchmark figure: `value` against `baseline` (a target, or the time it is compared with). */
export type BenchRow = { name: string; value: number; baseline: number; ratio: number; unit: string };

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const PAGES = ['seed-dbp', 'dev-dothi-kenh-nhieuloc-q3', 'dev-hoaban-muongcha-mixed-uy', 'dev-namrom-caotoc-uy-moi', 'dev-songda-taidinhcu-nfd', 'dev-taybac-giaingan-laichau'];
const TARGET_MS = 20;
const WORDS = 5_000;
const quiet = new VirtualConsole();

const page = (html: string): JSDOM => new JSDOM(html, { url: 'https://bench.example.vn/bai-viet.html', virtualConsole: quiet });

/** Paragraphs of the seed articles, repeated until they hold `count` words, the last one cut to fit. */
function articleParagraphs(count: number): string[] {
  const bodies = PAGES.map((name) => {
    const dom = page(readFileSync(`${SEEDS}${name}.html`, 'utf8'));
    const outcome = extractArticle(dom.window.document);
    dom.window.close();
    if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
    return outcome.article.text.split('\n\n');
  }).flat();
  const out: string[] = [];
  let total = 0;
  for (let k = 0; total < count; k++) {
    const paragraph = bodies[k % bodies.length]!;
    const n = words(paragraph).length;
    out.push(total + n <= count ? paragraph : paragraph.split(/\s+/).slice(0, count - total).join(' '));
    total += Math.min(n, count - total);
  }
  return out;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A news page around the article: header, headline, paragraphs, related links, footer. */
function pageHtml(paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài viết dài - Báo Tỉnh</title></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a></nav></header>
<main><article><h1>Bài viết dài cho đo hiệu năng</h1><p class="date">08:00 - Thứ Hai, 06/05/2024</p>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article><aside><h3>Tin liên quan</h3><ul><li><a href="/a">Tin khác</a></li></ul></aside></main>
<footer>Tổng Biên tập: Nguyễn Văn A. Giấy phép số 01/GP-BTTTT.</footer></body></html>`;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// A full collection before each measurement, so that no run pays for the jsdom pages before it.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Wall-clock median and fastest run, and the median CPU time (what other processes cannot inflate much). */
function time(runs: number, fn: () => unknown, warm = 30): { median: number; min: number; cpu: number } {
  collect();
  for (let k = 0; k < warm; k++) fn(); // warm the JIT (it takes a few dozen runs to optimize) and the caches
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const used = process.cpuUsage();
    fn();
    const spent = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), cpu: median(cpu) };
}

/** Known entities to look for: the officials and projects suggested for the article, under their own ids. */
function knownFrom(text: string): KnownEntity[] {
  const s = suggestEntities(text);
  return [
    ...s.officials.map((o, i): KnownEntity => ({ id: `o${i}`, type: 'official', name: o.name })),
    ...s.projects.map((p, i): KnownEntity => ({ id: `p${i}`, type: 'project', name: p.name })),
  ];
}

/** Run the benchmark and return its rows. */
export async function benchEntities(options: { runs?: number; extractRuns?: number } = {}): Promise<BenchRow[]> {
  const runs = options.runs ?? 30;
  const paragraphs = articleParagraphs(WORDS);
  const text = paragraphs.join('\n\n');
  const suggest = time(runs, () => suggestEntities(text));
  const nfd = text.normalize('NFD');
  const suggestNfd = time(runs, () => suggestEntities(nfd));
  const known = knownFrom(text);
  const recognise = time(runs, () => findKnownEntities(text, known));
  const dom = page(pageHtml(paragraphs));
  const extract = time(options.extractRuns ?? 10, () => extractArticle(dom.window.document), 5);
  dom.window.close();
  const row = (name: string, value: number, baseline: number): BenchRow => ({ name, value, baseline, ratio: value / baseline, unit: 'ms' });
  return [
    row(`entities: suggestions, ${WORDS}-word article (median of ${runs}, target)`, suggest.median, TARGET_MS),
    row('entities: suggestions, same article in NFD (target)', suggestNfd.median, TARGET_MS),
    row(`entities: recognise ${known.length} known entities, same article (target)`, recognise.median, TARGET_MS),
    row('entities: suggestions vs extractArticle of the same page under jsdom', suggest.median, extract.median),
    row('entities: suggestions, fastest run (target)', suggest.min, TARGET_MS),
    row('entities: suggestions, median CPU time (target)', suggest.cpu, TARGET_MS),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchEntities();
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(width)}  ${'value'.padStart(9)}  ${'baseline'.padStart(9)}  ratio`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(width)}  ${`${r.value.toFixed(2)} ${r.unit}`.padStart(9)}  ${`${r.baseline.toFixed(2)} ${r.unit}`.padStart(9)}  ${r.ratio.toFixed(2)}`);
  }
}
