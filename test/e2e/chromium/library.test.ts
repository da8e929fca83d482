/** The library page in Chromium: search, collections, export of a collection (the downloaded files), import. */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../../scripts/lib/browsers';
import { serveDir, type SeedServer } from '../../../scripts/lib/serve';
import { DIST_CHROME, SEEDS_DIR } from '../expectations';
import { clearStore, clipSeed, readStore } from './helpers';

let server: SeedServer;
let session: ChromiumSession;
let library: Page;
const SEEDS = ['seed-dbp.html', 'dev-taybac-giaingan-laichau.html', 'dev-namrom-caotoc-uy-moi.html'];

beforeAll(async () => {
  server = await serveDir(SEEDS_DIR);
  session = await launchChromium(DIST_CHROME);
  await clearStore(session);
  for (const file of SEEDS) await clipSeed(session, server, file);
  library = await session.context.newPage();
  await library.goto(`${session.origin}popup/library.html`);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const titles = async () => (await library.getByTestId('clip-list').locator('a.title').allInnerTexts()).map((s) => s.trim());

describe('library in Chromium', () => {
  it('lists every clip and finds them by words typed without accents', async () => {
    await expect.poll(titles).toHaveLength(3);
    await library.getByTestId('library-search').fill('giai ngan von');
    await expect.poll(titles).toEqual(['Lai Châu: Giải ngân vốn đầu tư công 6 tháng đạt 38,6% kế hoạch']);
    await library.getByTestId('library-search').fill('tran quoc cuo');
    await expect.poll(titles).toEqual(['Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ']);
    await library.getByTestId('library-search').fill('dien bien');
    await expect.poll(async () => (await titles()).length).toBe(2);
    await library.getByTestId('library-search').fill('');
    await expect.poll(titles).toHaveLength(3);
  });

  it('gathers clips into a collection and exports it as a zip of the chosen formats', async () => {
    await library.getByTestId('new-collection').fill('Cảng hàng không Điện Biên');
    await library.getByTestId('new-collection').press('Enter');
    await expect.poll(titles).toHaveLength(0); // the new, empty collection is selected
    await library.getByRole('button', { name: /All clips/ }).click();
    await expect.poll(titles).toHaveLength(3);
    const rows = library.getByTestId('clip-list').locator('li');
    await rows.filter({ hasText: 'Thường trực Tỉnh ủy' }).locator('input[type=checkbox]').check();
    await rows.filter({ hasText: 'cao tốc' }).locator('input[type=checkbox]').check();
    await library.getByTestId('add-to-collection').selectOption({ label: 'Cảng hàng không Điện Biên' });
    await library.getByRole('button', { name: /Cảng hàng không Điện Biên\s*2/ }).click();
    await expect.poll(titles).toHaveLength(2);

    await library.getByTestId('export-toggle').click();
    await library.getByTestId('format-csv').check();
    await library.getByTestId('format-csl').check();
    await library.getByTestId('format-md').check();
    // The progress bar's values while the export runs (a bar appears, fills, and goes away).
    await library.evaluate(() => {
      const seen: number[] = [];
      (globalThis as unknown as { __progress: number[] }).__progress = seen;
      const record = () => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid=export-panel] progress');
        if (bar && seen.at(-1) !== bar.value) seen.push(bar.value);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    });
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-run').click()]);
    expect(download.suggestedFilename()).toMatch(/^dossier-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = unzipSync(readFileSync((await download.path())!));
    const backup = JSON.parse(strFromU8(zip['json/dossier-backup.json']!));
    expect(backup.format).toBe('dossier-backup');
    expect(backup.scope).toMatchObject({ kind: 'collection' });
    expect(backup.articles.map((a: { title: string }) => a.title).sort()).toEqual([
      'Phó Bí thư Thường trực Tỉnh uỷ kiểm tra mặt bằng Dự án cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang',
      'Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ',
    ]);
    const bytes = zip['csv/articles.csv']!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the byte-order mark Excel needs
    const parsed = Papa.parse<Record<string, string>>(strFromU8(bytes.subarray(3)), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.title).sort()).toEqual(backup.articles.map((a: { title: string }) => a.title).sort());
    const csl = JSON.parse(strFromU8(Object.entries(zip).find(([p]) => p.startsWith('zotero/'))![1]));
    expect(csl).toHaveLength(2);
    expect(csl[0].type).toBe('article-newspaper');
    // Written in the second export worker (Markdown gets the texts, not the HTML): one file per clip, with its text.
    const notes = Object.entries(zip).filter(([p]) => p.startsWith('markdown/') && p.endsWith('.md'));
    expect(notes).toHaveLength(2);
    for (const [, md] of notes) expect(strFromU8(md)).toMatch(/^---\ntitle: .+[\s\S]*\n---\n[\s\S]*Điện Biên/);
    await expect.poll(() => library.getByTestId('export-message').innerText()).toContain('dossier-export-');
    const progress = await library.evaluate(() => (globalThis as unknown as { __progress: number[] }).__progress);
    expect(progress[0]).toBe(0);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await library.getByTestId('export-panel').locator('progress').count()).toBe(0);
  });

  it('refuses a malformed backup without changing anything, and re-imports a real one as a no-op', async () => {
    const before = await readStore(session);
    const dir = mkdtempSync(join(tmpdir(), 'dossier-import-'));
    writeFileSync(join(dir, 'bad.json'), '{"format": "dossier-backup", "version": 1, "__proto__": {"polluted": true}, "articles": [');
    await library.getByRole('button', { name: 'Import' }).click();
    await library.getByTestId('import-file').setInputFiles(join(dir, 'bad.json'));
    await expect.poll(() => library.getByTestId('import-error').innerText()).toMatch(/Nothing was imported/);
    expect((await readStore(session)).articles).toEqual(before.articles);

    // The library's own backup merges into itself without adding anything.
    await library.getByTestId('export-toggle').click();
    await library.getByRole('button', { name: /All clips/ }).click();
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-run').click()]);
    const file = join(dir, 'backup.json');
    writeFileSync(file, readFileSync((await download.path())!));
    await library.getByRole('button', { name: 'Import' }).click();
    await library.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => library.getByTestId('import-report').innerText()).toMatch(/0 new clips, 0 updated/);
    expect((await readStore(session)).articles).toHaveLength(3);
  });
});
