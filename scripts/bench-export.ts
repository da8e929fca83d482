/**
 * `npx tsx scripts/bench-export.ts [--clips N]`: exports N generated clips (1,000 by default,
 * about 1,500 words each, 2 highlights each, made from the seed pages) to every format, next
 * to a baseline (JSON.stringify of the same data), and times the import side too (parse,
 * plan into an empty library). `benchExport()` returns the rows for `npm run bench`.
 * The target (≤ 3 s for every format) is for Chromium; Node with jsdom sanitizes more slowly.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { createBackup, parseBackup, planImport, serializeBackup, type Backup, type LibraryData } from '../src/core/backup';
import { EXPORT_FORMATS, exportAll, exportFormat, zipFiles, type SanitizeWindow } from '../src/core/export';
import { extractArticle } from '../src/core/extract';
import { fold } from '../src/core/text/fold';

/** One benchmark figure next to its baseline. */
export type BenchRow = { name: string; value: number; baseline: number; ratio: number; unit: string };

const SEEDS = ['seed-dbp', 'dev-dothi-kenh-nhieuloc-q3', 'dev-hoaban-muongcha-mixed-uy', 'dev-namrom-caotoc-uy-moi', 'dev-songda-taidinhcu-nfd', 'dev-taybac-giaingan-laichau'];
const SEED_DIR = fileURLToPath(new URL('../seeds/', import.meta.url));
const T0 = Date.UTC(2024, 0, 1);
const iso = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
const id = (table: number, n: number) => `${table.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A library of `count` clips of about 1,500 words, 2 highlights each, 40 entities with mentions, 2 collections. */
export function generateLibrary(count: number): LibraryData {
  const paragraphs = SEEDS.flatMap((seed) => {
    const url = `https://seeds.example/${seed}.html`;
    const outcome = extractArticle(new JSDOM(readFileSync(`${SEED_DIR}${seed}.html`, 'utf8'), { url }).window.document, { url });
    return outcome.ok ? outcome.article.text.split('\n\n').filter((p) => p.length > 60) : [];
  });
  const data: LibraryData = { articles: [], bodies: [], collections: [], memberships: [], annotations: [], entities: [], mentions: [] };
  const names = ['Trần Quốc Cường', 'Hà Quang Trung', 'Lò Văn Pọm', 'Mùa A Sơn', 'Dự án cao tốc Sơn La - Điện Biên', 'Dự án mở rộng Cảng hàng không Điện Biên', 'Lê Quang Vinh', 'Cầm Văn Pấng'];
  for (let e = 0; e < 40; e++) {
    const name = `${names[e % names.length]}${e >= names.length ? ` ${e}` : ''}`;
    data.entities.push({ id: id(6, e + 1), createdAt: iso(e), updatedAt: iso(e), deletedAt: null, type: name.startsWith('Dự án') ? 'project' : 'official', name, aliases: [], keys: [fold(name)], attributes: {}, mergedInto: null });
  }
  for (let c = 0; c < 2; c++) data.collections.push({ id: id(3, c + 1), createdAt: iso(0), updatedAt: iso(0), deletedAt: null, name: `Bộ sưu tập ${c + 1}`, description: '' });
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let p = i, words = 0; words < 1_500; p += 7) {
      const para = paragraphs[p % paragraphs.length]!;
      parts.push(para);
      words += para.split(/\s+/).length;
    }
    const text = parts.join('\n\n');
    const aid = id(1, i + 1);
    const url = `https://bao${i % 12}.example/tin-${i}.html`;
    const at = iso(1_000 + i);
    data.articles.push({
      id: aid, createdAt: at, updatedAt: at, deletedAt: null, url, canonicalUrl: url, urlKeys: [url.slice(8)], title: `${parts[0]!.slice(0, 70)} (${i})`,
      siteName: `Báo ${i % 12}`, author: 'Hoàng Châu', authors: ['Hoàng Châu'], publishedAt: `2024-${String((i % 12) + 1).padStart(2, '0')}-15T08:00:00+07:00`,
      lang: 'vi', excerpt: parts[0]!.slice(0, 200), wordCount: 1_500, contentHash: `${i}`.padStart(64, '0'), clippedAt: at,
      captures: [{ capturedAt: at, contentHash: `${i}`.padStart(64, '0'), url, wordCount: 1_500 }], editedFields: [], tags: ['điện biên', `nhóm ${i % 5}`],
    });
    data.bodies.push({ id: aid, text, html: parts.map((p) => `<p>${p}</p>`).join(''), updatedAt: at });
    data.memberships.push({ id: id(4, i + 1), createdAt: at, updatedAt: at, deletedAt: null, collectionId: id(3, (i % 2) + 1), articleId: aid });
    for (let h = 0; h < 2; h++) {
      const start = 200 + h * 900;
      const end = start + 120;
      const entityId = id(6, ((i + h) % 40) + 1);
      const hid = id(5, i * 2 + h + 1);
      data.annotations.push({
        id: hid, createdAt: at, updatedAt: at, deletedAt: null, articleId: aid, source: url, color: h ? 'green' : 'yellow',
        selectors: { quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(start - 32, start), suffix: text.slice(end, end + 32) }, position: { type: 'TextPositionSelector', start, end } },
        note: h ? '' : `**Ghi chú** ${i}: theo dõi [nguồn](${url}) và đối chiếu\n\n- một\n- hai`, tags: ['cán bộ'], entityIds: [entityId],
      });
      data.mentions.push({ id: id(7, i * 3 + h + 1), createdAt: at, updatedAt: at, deletedAt: null, entityId, articleId: aid, annotationId: hid, role: null, publishedAt: null });
    }
    data.mentions.push({ id: id(7, i * 3 + 3), createdAt: at, updatedAt: at, deletedAt: null, entityId: id(6, ((i + 7) % 40) + 1), articleId: aid, annotationId: null, role: 'Bí thư Tỉnh ủy', publishedAt: null });
  }
  return data;
}

/** Fastest of `rounds` runs, in milliseconds (other processes only ever add time). */
async function time(rounds: number, run: () => unknown): Promise<number> {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    await run();
    best = Math.min(best, performance.now() - start);
  }
  return Math.round(best);
}

/** The export and import benchmark rows for `clips` generated clips. */
export async function benchExport(clips = 1_000, rounds = 2): Promise<BenchRow[]> {
  const data = generateLibrary(clips);
  const window = new JSDOM('').window as unknown as SanitizeWindow;
  const backup: Backup = createBackup(data, { now: iso(0) });
  const text = serializeBackup(backup);
  const baseline = await time(rounds, () => JSON.stringify(data));
  const row = (name: string, value: number, base = baseline): BenchRow => ({ name, value, baseline: base, ratio: Math.round((value / Math.max(base, 1)) * 10) / 10, unit: 'ms' });
  const rows: BenchRow[] = [];
  for (const format of EXPORT_FORMATS) rows.push(row(`export ${clips} clips: ${format}`, await time(rounds, () => exportFormat(backup, format, { window }))));
  rows.push(row(`export ${clips} clips: every format + zip`, await time(rounds, async () => zipFiles(await exportAll(backup, EXPORT_FORMATS, { window })))));
  const parseBaseline = await time(rounds, () => JSON.parse(text));
  rows.push(row(`import ${clips} clips: parseBackup (${Math.round(text.length / 1e6)} MB)`, await time(rounds, () => parseBackup(text)), parseBaseline));
  const empty = { articles: [], collections: [], memberships: [], annotations: [], entities: [], mentions: [] };
  rows.push(row(`import ${clips} clips: planImport into empty`, await time(rounds, () => planImport(empty, backup)), parseBaseline));
  rows.push(row(`import ${clips} clips: planImport into itself`, await time(rounds, () => planImport(data, backup)), parseBaseline));
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--clips');
  const clips = i === -1 ? 1_000 : Number(process.argv[i + 1]);
  const rows = await benchExport(clips);
  console.table(rows);
}
