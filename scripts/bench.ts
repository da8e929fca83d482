/**
 * `npm run bench`: every benchmark, each figure printed next to its baseline measured in
 * the same run (this machine is shared and noisy: the ratio means more than the time).
 * Writes out/bench.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build';
import { benchAnchoring } from './bench/anchoring';
import { benchClip } from './bench/clip';
import { benchInjection } from './bench/injection';
import { benchLibrary } from './bench/library';
import { benchEntities } from './bench-entities';
import { printTable, row, type BenchRow } from './bench/table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist/e2e/chrome');
const only = process.argv.slice(2);
const wanted = (group: string) => only.length === 0 || only.includes(group);

await buildAll();
const rows: BenchRow[] = [];

if (wanted('size')) {
  const sizes = JSON.parse(readFileSync(join(ROOT, 'dist/sizes.json'), 'utf8')) as Record<string, number>;
  const kb = (file: string) => (sizes[file] ?? 0) / 1024;
  rows.push(row('size', 'content script (content.js), minified', kb('content.js'), 'KB', { value: 60, name: 'budget' }, { value: 60 }));
  rows.push(row('size', 'popup (popup/popup.js), minified', kb('popup/popup.js'), 'KB', { value: 50, name: 'budget' }, { value: 50 }));
  rows.push(row('size', 'annotate script (annotate.js), minified', kb('annotate.js'), 'KB', { value: 60, name: 'budget' }, { value: 60 }));
}
if (wanted('clip')) rows.push(...(await benchClip(ROOT, DIST)));
if (wanted('privacy')) rows.push(...(await benchInjection(ROOT, DIST)));
if (wanted('library')) rows.push(...(await benchLibrary(ROOT, DIST)));
if (wanted('anchoring')) rows.push(...(await benchAnchoring(ROOT, DIST)));
if (wanted('entities')) {
  // Node: suggestions for a 5,000-word article, next to extracting the same article (jsdom).
  const entity = await benchEntities();
  const extract = entity.find((r) => r.name.includes('vs extractArticle'))!.baseline;
  for (const r of entity.slice(0, 3)) {
    rows.push(row('entities', r.name.replace(/^entities: /, '').replace(/ \(target\)$/, '').replace(/, target\)$/, ')'), r.value, 'ms', { value: extract, name: 'extractArticle, same page' }, { value: 20 }));
  }
}

printTable(rows);
mkdirSync(join(ROOT, 'out'), { recursive: true });
writeFileSync(join(ROOT, 'out/bench.json'), JSON.stringify({ when: new Date().toISOString(), rows }, null, 2));
console.log('\nWrote out/bench.json.');
