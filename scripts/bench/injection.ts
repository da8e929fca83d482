/**
 * "Nothing is injected into pages the user did not ask to clip": browse the seed pages
 * without clipping, then ask each tab whether Dossier's content script is there.
 */
import { join } from 'node:path';
import { chromiumTabId, launchChromium } from '../lib/browsers';
import { serveDir } from '../lib/serve';
import { row, type BenchRow } from './table';

const PAGES = ['seed-dbp.html', 'dev-dothi-kenh-nhieuloc-q3.html', 'dev-hoaban-muongcha-mixed-uy.html', 'search-results.html'];

export async function benchInjection(root: string, dist: string): Promise<BenchRow[]> {
  const server = await serveDir(join(root, 'seeds'));
  const session = await launchChromium(dist);
  let injected = 0;
  try {
    for (const file of PAGES) {
      const url = `${server.origin}/${file}`;
      const page = await session.context.newPage();
      await page.goto(url);
      const tabId = await chromiumTabId(session, url);
      // The content script marks its isolated world; the test build may look without a click.
      const present = await session.worker.evaluate(async (id: number) => {
        const c = (globalThis as unknown as { chrome: { scripting: { executeScript(o: object): Promise<Array<{ result?: unknown }>> } } }).chrome;
        const [r] = await c.scripting.executeScript({ target: { tabId: id }, func: () => '__dossierContentScript' in globalThis });
        return r?.result === true;
      }, tabId);
      if (present) injected++;
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  return [row('privacy', `pages with Dossier's script, of ${PAGES.length} browsed without clipping`, injected, 'pages', { value: null, name: '' }, { value: 0 })];
}
