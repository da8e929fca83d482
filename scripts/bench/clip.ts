/**
 * Clip benchmark in headless Chromium: the time from the clip request to the committed
 * record, for the seed page and the ten largest pages of the extraction benchmark,
 * next to the floor measured on the same page in the same run: a clone of the document,
 * Readability.parse on it, and one plain IndexedDB put of the same record.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { chromiumTabId, CLEAR_DATABASE, launchChromium, READ_DATABASE, type ChromiumSession } from '../lib/browsers';
import { serveDir } from '../lib/serve';
import { median, row, type BenchRow } from './table';

const RUNS = 7;
const BENCH_HTML = new URL('../../../shared/bench/extraction/scrapinghub-dev/html/', import.meta.url).pathname;

/** Copy the seed and the ten largest benchmark pages into `dir`; returns their file names. */
function preparePages(root: string, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(root, 'seeds/seed-dbp.html'), join(dir, 'seed-dbp.html'));
  const pages = readdirSync(BENCH_HTML)
    .map((f) => ({ f, html: gunzipSync(readFileSync(join(BENCH_HTML, f))) }))
    .sort((a, b) => b.html.length - a.html.length)
    .slice(0, 10);
  for (const { f, html } of pages) writeFileSync(join(dir, f.replace(/\.gz$/, '')), html);
  return ['seed-dbp.html', ...pages.map((p) => p.f.replace(/\.gz$/, ''))];
}

async function readabilityBundle(): Promise<string> {
  const out = await build({
    stdin: { contents: "import { Readability } from '@mozilla/readability'; globalThis.__benchReadability = Readability;", resolveDir: process.cwd() },
    bundle: true, minify: true, format: 'iife', write: false,
  });
  return out.outputFiles[0]!.text;
}

// Runs in the page: clone + Readability.parse, the floor's first part.
const TIME_READABILITY = `(() => { const t0 = performance.now(); const clone = document.cloneNode(true); new globalThis.__benchReadability(clone).parse(); return performance.now() - t0; })()`;

// Runs in an extension page: one plain put of the record in its own database, until committed.
const timePut = (record: unknown) => `(async () => {
  const db = globalThis.__floorDb ??= await new Promise((resolve, reject) => {
    const req = indexedDB.open('bench-floor', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('records', { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const record = ${JSON.stringify(record)};
  record.id = crypto.randomUUID();
  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction('records', 'readwrite');
    tx.objectStore('records').put(record);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  return performance.now() - t0;
})()`;

const timeClip = (tabId: number) => `(async () => {
  const t0 = performance.now();
  const reply = await chrome.runtime.sendMessage({ channel: 'dossier', method: 'clipTab', args: { tabId: ${tabId} } });
  return { ms: performance.now() - t0, ok: reply.ok, error: reply.ok ? null : reply.error.message };
})()`;

/** Run the clip benchmark; `root` is the repository, `dist` the test build of the Chrome extension. */
export async function benchClip(root: string, dist: string): Promise<BenchRow[]> {
  const dir = join(root, 'out/bench-pages');
  const files = preparePages(root, dir);
  const server = await serveDir(dir);
  const session: ChromiumSession = await launchChromium(dist);
  // The benchmark pages name images, scripts and fonts on the open web: refuse them at once.
  await session.context.route(/^https?:\/\//, (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
  const readability = await readabilityBundle();
  const rows: BenchRow[] = [];
  const all: { clip: number[]; floor: number[] } = { clip: [], floor: [] };
  try {
    const ext = await session.context.newPage();
    await ext.goto(`${session.origin}popup/index.html?tabId=0`);
    await session.worker.evaluate(CLEAR_DATABASE);
    for (const file of files) {
      const url = `${server.origin}/${file}`;
      const page: Page = await session.context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: readability });
      const tabId = await chromiumTabId(session, url);
      const clip: number[] = [];
      const parse: number[] = [];
      const put: number[] = [];
      let failure: string | null = null;
      let record: unknown = {};
      for (let r = 0; r < RUNS && !failure; r++) {
        const c = (await ext.evaluate(timeClip(tabId))) as { ms: number; ok: boolean; error: string | null };
        if (!c.ok) failure = c.error;
        clip.push(c.ms);
        parse.push((await page.evaluate(TIME_READABILITY)) as number);
        if (r === 0) {
          // The floor puts the same record the clip stored: metadata and body together.
          const stored = (await session.worker.evaluate(READ_DATABASE)) as { articles: Array<{ url: string; id: string }>; bodies: Array<{ id: string }> };
          const article = stored.articles.find((a) => a.url === url);
          const body = stored.bodies.find((b) => b.id === article?.id);
          record = { ...article, ...body };
        }
        put.push((await ext.evaluate(timePut(record))) as number);
      }
      await page.close();
      const name = file === 'seed-dbp.html' ? 'seed page' : `bench ${file.slice(0, 8)} (${Math.round(readFileSync(join(dir, file)).length / 1024)} KB)`;
      if (failure) {
        console.warn(`  ${name}: clip failed: ${failure}`);
        continue;
      }
      const floor = median(parse) + median(put);
      all.clip.push(median(clip));
      all.floor.push(floor);
      rows.push(row('clip', `clip → committed, ${name}`, median(clip), 'ms', { value: floor, name: 'clone+Readability+put' }, { ratio: 1.5 }));
    }
    rows.push(row('clip', 'clip → committed, median over pages', median(all.clip), 'ms', { value: median(all.floor), name: 'floor, median over pages' }, { ratio: 1.5 }));
    await ext.close();
  } finally {
    await session.close();
    await server.close();
  }
  return rows;
}
