/** The library page in Firefox ESR: the newest clips on its first screen, accent-free search, the storage line. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CLEAR_DATABASE } from '../../../scripts/lib/browsers';
import { openFirefoxExtensionPage, type FirefoxSession } from '../../../scripts/lib/firefox';
import type { SeedServer } from '../../../scripts/lib/serve';
import { startFirefox, stopAll } from '../suite';

let server: SeedServer;
let session: FirefoxSession;
const SEEDS = ['seed-dbp.html', 'dev-taybac-giaingan-laichau.html', 'dev-namrom-caotoc-uy-moi.html'];

beforeAll(async () => ({ server, session } = await startFirefox()));
afterAll(() => stopAll(session, server));

/** Open the popup for a seed page and clip it. */
async function clip(file: string, clear = false): Promise<void> {
  const page = await session.browser.newPage();
  const url = `${server.origin}/${file}`;
  await page.goto(url);
  const popup = await openFirefoxExtensionPage(session, server.origin, 'popup/index.html', url);
  if (clear) await popup.evaluate(CLEAR_DATABASE);
  await popup.waitForFunction(() => !!document.querySelector('[data-testid="clip-button"]:not([disabled])'));
  await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="clip-button"]')!.click());
  await popup.waitForFunction(() => /Clipped/.test(document.querySelector('[data-testid="clip-status"]')?.textContent ?? ''), { timeout: 30_000 });
  await Promise.all([popup.close(), page.close()]);
}

const titles = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-testid="clip-list"] a.title')].map((a) => a.innerText.trim()));

/** Wait until the list shows `n` titles, and return them. */
async function waitForTitles(page: Page, n: number): Promise<string[]> {
  await page.waitForFunction((count: number) => document.querySelectorAll('[data-testid="clip-list"] a.title').length === count, { timeout: 15_000 }, n);
  return titles(page);
}

describe('library in Firefox', () => {
  it('lists the newest clip first, finds clips by words typed without accents, and shows how the data is kept', async () => {
    for (const [i, file] of SEEDS.entries()) await clip(file, i === 0);
    const library = await openFirefoxExtensionPage(session, server.origin, 'popup/library.html');
    // The first page is read straight from IndexedDB (src/db/newest.ts), newest first.
    expect(await waitForTitles(library, 3)).toEqual([
      'Phó Bí thư Thường trực Tỉnh uỷ kiểm tra mặt bằng Dự án cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang',
      'Lai Châu: Giải ngân vốn đầu tư công 6 tháng đạt 38,6% kế hoạch',
      'Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ',
    ]);
    await library.waitForFunction(() => !!document.querySelector('[data-testid="storage-status"]'));

    await library.type('[data-testid="library-search"]', 'giai ngan von');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid="clip-list"] a.title').length === 1, { timeout: 15_000 });
    expect(await titles(library)).toEqual(['Lai Châu: Giải ngân vốn đầu tư công 6 tháng đạt 38,6% kế hoạch']);
    await library.close();
  });

  it('exports the clips to every format, written in its export workers, as one zip', async () => {
    const library = await openFirefoxExtensionPage(session, server.origin, 'popup/library.html');
    await library.waitForFunction(() => '__dossierBench' in globalThis);
    type Zip = { name: string; onPage: number; entries: Record<string, string> };
    const zip = (await library.evaluate('__dossierBench.exportZip(3)')) as Zip;
    expect(zip.name).toMatch(/^dossier-export-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(zip.onPage).toBe(0); // no worker failed over to the page
    const paths = Object.keys(zip.entries);
    const folders = [...new Set(paths.map((p) => p.split('/')[0]))].sort();
    expect(folders).toEqual(['csv', 'graph', 'json', 'markdown', 'report', 'web-annotation', 'zotero']);
    const backup = JSON.parse(zip.entries['json/dossier-backup.json']!) as { articles: Array<{ title: string }>; bodies: Array<{ html: string }> };
    expect(backup.articles).toHaveLength(3);
    // The JSON backup keeps the bodies' HTML (the Markdown worker is sent the texts only).
    expect(backup.bodies.every((b) => b.html.length > 100)).toBe(true);
    const notes = paths.filter((p) => p.startsWith('markdown/') && p.endsWith('.md'));
    expect(notes).toHaveLength(3);
    expect(notes.some((p) => /Giải ngân vốn đầu tư công/.test(zip.entries[p]!))).toBe(true);
    const report = zip.entries['report/report.html']!;
    for (const a of backup.articles) expect(report).toContain(a.title);
    await library.close();
  });
});
