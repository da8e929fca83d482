/** Clipping in Debian's Chromium with the built extension, as a user would, through the popup. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumTabId, openChromiumPopup, type ChromiumSession } from '../../../scripts/lib/browsers';
import { clearStore as clearStoreOf, openSeed, pressClip, readStore as readStoreOf } from './helpers';
import type { SeedServer } from '../../../scripts/lib/serve';
import { expectSeedStored } from '../expectations';
import { startChromium, stopAll } from '../suite';

let server: SeedServer;
let session: ChromiumSession;

beforeAll(async () => ({ server, session } = await startChromium()));
afterAll(() => stopAll(session, server));

const readStore = () => readStoreOf(session);
const clearStore = () => clearStoreOf(session);
const openPage = (file: string) => openSeed(session, server, file);

describe('clip in Chromium', () => {
  it('clips the seed page from the popup, shows it as clipped, and re-clipping adds a capture', async () => {
    await clearStore();
    const { page, url } = await openPage('seed-dbp.html');
    const popup = await openChromiumPopup(session, url);
    await expect.poll(() => popup.getByTestId('clip-status').innerText()).toContain('Not clipped');

    await pressClip(popup);
    expect(await popup.getByTestId('clip-status').innerText()).toMatch(/Clipped/);
    expect(await popup.getByTestId('field-title').inputValue()).toBe('Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ');
    expectSeedStored(await readStore(), 1);

    await pressClip(popup);
    expect(await popup.getByTestId('clip-notice').innerText()).toMatch(/new capture/);
    expectSeedStored(await readStore(), 2);

    // Opened again on the page, the popup says when it was clipped and shows what was stored.
    const again = await openChromiumPopup(session, url);
    await expect.poll(() => again.getByTestId('clip-status').innerText()).toMatch(/Clipped[\s\S]*2 captures/);
    expect(await again.getByTestId('recent-list').innerText()).toContain('Thường trực Tỉnh ủy');
    await Promise.all([popup.close(), again.close(), page.close()]);
  });

  it('saves the analyst’s corrections to title, author and date', async () => {
    const { page, url } = await openPage('seed-dbp.html');
    const popup = await openChromiumPopup(session, url);
    await popup.getByTestId('field-author').fill('An Chi, Minh Thu');
    await popup.getByTestId('field-published').fill('2023-02-08T14:05');
    await popup.getByTestId('save-button').click();
    await popup.getByText('Changes saved.').waitFor();
    const [article] = (await readStore()).articles;
    expect(article?.author).toBe('An Chi, Minh Thu');
    expect(article?.publishedAt).toBe('2023-02-08T14:05:00+07:00');
    expect(article?.editedFields.sort()).toEqual(['author', 'publishedAt']);
    await Promise.all([popup.close(), page.close()]);
  });

  it('clips from the keyboard shortcut and the context menu handlers', async () => {
    await clearStore();
    const { page, url } = await openPage('dev-namrom-caotoc-uy-moi.html');
    const tabId = await chromiumTabId(session, url);
    await session.worker.evaluate(async (id: number) => {
      const hooks = (globalThis as unknown as { dossierTest: { onCommand(c: string, t: unknown): Promise<void>; onMenuClicked(i: object, t: unknown): Promise<void> } }).dossierTest;
      const tab = await chrome.tabs.get(id);
      await hooks.onCommand('clip-article', tab);
      await hooks.onMenuClicked({ menuItemId: 'dossier-clip-page' }, tab);
    }, tabId);
    const stored = await readStore();
    expect(stored.articles).toHaveLength(1);
    expect(stored.articles[0]?.captures).toHaveLength(2);
    expect(stored.articles[0]?.title).toContain('Dự án cao tốc Sơn La');
    await page.close();
  });

  it('says clearly when a page has no article, is a PDF, or is a browser page, and stores nothing', async () => {
    await clearStore();
    for (const [file, message] of [
      ['search-results.html', /No article was found/],
      ['document.pdf', /not a web article|does not let extensions read/],
    ] as const) {
      const { page, url } = await openPage(file);
      const popup = await openChromiumPopup(session, url);
      await pressClip(popup);
      expect(await popup.getByTestId('clip-error').innerText()).toMatch(message);
      await Promise.all([popup.close(), page.close()]);
    }
    const internal = await session.context.newPage();
    await internal.goto('chrome://version');
    const tabId = await session.worker.evaluate(async () => (await chrome.tabs.query({ url: 'chrome://version/' }))[0]?.id);
    const popup = await session.context.newPage();
    await popup.goto(`${session.origin}popup/index.html?tabId=${tabId}`);
    await popup.getByText('Nothing to clip here').waitFor();
    expect(await popup.getByTestId('clip-button').count()).toBe(0);
    expect((await readStore()).articles).toHaveLength(0);
    await Promise.all([popup.close(), internal.close()]);

    // Opened as the toolbar opens it (no ?tabId), the popup acts on its window's active tab and
    // takes that tab's address from the same query: here the active tab is the popup itself,
    // an extension page, which is not clippable either.
    const own = await session.context.newPage();
    await own.goto(`${session.origin}popup/index.html`);
    await own.getByText('Nothing to clip here').waitFor();
    expect(await own.getByTestId('clip-button').count()).toBe(0);
    await own.close();
  });

  it('lets no web page or content script reach the background', async () => {
    const { page, url } = await openPage('seed-dbp.html');
    // The page's own scripts have no channel to the extension (no externally_connectable).
    const reachable = await page.evaluate((id: string) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      try {
        return typeof c?.runtime?.sendMessage === 'function' ? `exposed to ${id}` : 'none';
      } catch {
        return 'none';
      }
    }, session.extensionId);
    expect(reachable).toBe('none');
    // A content script asking the background to clip another tab is refused.
    const tabId = await chromiumTabId(session, url);
    const reply = await session.worker.evaluate(async (id: number) => {
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => chrome.runtime.sendMessage({ channel: 'dossier', method: 'clipTab', args: { tabId: 999 } }),
      });
      return result?.result;
    }, tabId);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await page.close();
  });
});
