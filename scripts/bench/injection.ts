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
      // The clip and annotate scripts mark their isolated world; the test build may look without a click.
      // (A string, not a function: tsx would wrap inner functions in a helper the worker lacks.)
      const present = await session.worker.evaluate(`(async () => {
        const [r] = await chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: () => '__dossierContentScript' in globalThis || '__dossierAnnotateScript' in globalThis });
        return r?.result === true;
      })()`);
      if (present) injected++;
      await page.close();
    }
  } finally {
    await session.close();
    await server.close();
  }
  return [row('privacy', `pages with Dossier's script, of ${PAGES.length} browsed without clipping`, injected, 'pages', { value: null, name: '' }, { value: 0 })];
}
