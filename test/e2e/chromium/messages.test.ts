/**
 * The message boundary in Chromium, from the side of a hostile page: its own scripts cannot
 * reach the content scripts or the background; a script in the page's isolated world (what a
 * compromised content script could do) cannot act for another tab or page; and an article
 * of the wrong shape, address or size is refused with a clear error, storing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumTabId, openChromiumPopup, type ChromiumSession } from '../../../scripts/lib/browsers';
import type { SeedServer } from '../../../scripts/lib/serve';
import type { AnnotationRecord } from '../../../src/db/types';
import { type Stored } from '../expectations';
import { MARKS_SCRIPT, SENTENCE, selectTextScript } from '../highlight-pages';
import { clearStore, openSeed, pressClip, readStore } from './helpers';
import { startChromium, stopAll } from '../suite';

let server: SeedServer;
let session: ChromiumSession;

beforeAll(async () => ({ server, session } = await startChromium({ clear: true })));
afterAll(() => stopAll(session, server));

const store = async () => (await readStore(session)) as Stored & { annotations: AnnotationRecord[] };

/**
 * Each call below runs a function in a tab's isolated world (the content scripts' world) via
 * chrome.scripting.executeScript from the worker; it is written inline in the worker's
 * function, since a function cannot be rebuilt from text there (no eval in an extension).
 */

describe('messages in Chromium', () => {
  it('ignores a web page’s window messages and events: nothing is clipped, drawn or erased', async () => {
    const { page, url } = await openSeed(session, server, 'seed-dbp.html');
    expect(await page.evaluate(selectTextScript(SENTENCE))).toBe(true);
    const popup = await openChromiumPopup(session, url);
    await popup.getByTestId('hl-create').click();
    await popup.getByTestId('highlight-list').waitFor();
    expect(await page.evaluate(MARKS_SCRIPT)).toEqual([SENTENCE]);
    const before = await store();
    expect(before.articles).toHaveLength(1);

    // Every call the content scripts answer, as envelopes and as bare objects, posted and dispatched.
    const received = await page.evaluate(async () => {
      const seen: unknown[] = [];
      addEventListener('message', (e) => seen.push(e.data));
      const methods = ['ping', 'extractArticle', 'getSelectionText', 'describeSelection', 'paintHighlights', 'recolorHighlight', 'removeHighlight', 'removeAllHighlights', 'clipTab'];
      const args = { highlights: [], replace: true, id: 'x', color: 'pink', tabId: 1 };
      let posted = 0;
      for (const method of methods) {
        for (const message of [{ channel: 'dossier', method, args }, { method, args }, JSON.stringify({ channel: 'dossier', method, args })]) {
          postMessage(message, '*');
          document.dispatchEvent(new CustomEvent('dossier', { detail: message }));
          posted += 1;
        }
      }
      await new Promise((r) => setTimeout(r, 500));
      const w = window as unknown as Record<string, unknown>;
      return { posted, seen: seen.length, traces: ['__dossierContentScript', '__dossierAnnotateScript', 'dossierTest'].filter((k) => k in w), runtime: typeof (w.chrome as { runtime?: unknown } | undefined)?.runtime };
    });
    // Only its own messages came back to the page: nobody answered, and no content-script global leaked into its world.
    expect(received).toEqual({ posted: 27, seen: 27, traces: [], runtime: 'undefined' });
    expect(await page.evaluate(MARKS_SCRIPT)).toEqual([SENTENCE]);
    const after = await store();
    expect(after.articles.map((a) => a.captures.length)).toEqual(before.articles.map((a) => a.captures.length));
    expect(after.annotations.map((a) => [a.color, a.deletedAt])).toEqual(before.annotations.map((a) => [a.color, a.deletedAt]));
    await Promise.all([popup.close(), page.close()]);
  });

  it('refuses a content script acting for another tab or page, or calling an extension page’s methods', async () => {
    const a = await openSeed(session, server, 'seed-dbp.html');
    const b = await openSeed(session, server, 'dev-namrom-caotoc-uy-moi.html');
    const [tabA, tabB] = [await chromiumTabId(session, a.url), await chromiumTabId(session, b.url)];
    const before = await store();
    const replies = (await session.worker.evaluate(
      async ([id, other, otherUrl]) => {
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: id },
          args: [other, otherUrl],
          func: async (otherTab: number, address: string) => {
            const send = (method: string, args: unknown) => chrome.runtime.sendMessage({ channel: 'dossier', method, args });
            return [
              await send('clipTab', { tabId: otherTab }),
              await send('showHighlights', { tabId: otherTab }),
              await send('createHighlight', { tabId: otherTab, color: 'pink', note: 'x', tags: [] }),
              await send('listRecent', { limit: 100 }),
              await send('getPageHighlights', { url: address }),
              await send('getPageHighlights', {}),
              await send('deleteEverything', {}),
            ];
          },
        });
        return result?.result;
      },
      [tabA, tabB, b.url] as const,
    )) as Array<{ ok: boolean; error?: { code: string; message: string } }>;
    expect(replies.map((r) => r.error?.code)).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden', 'bad-request', 'forbidden', 'bad-request']);
    // The refusals say what was wrong.
    expect(replies[0]!.error!.message).toMatch(/clipTab may not be called from a web page/);
    expect(replies[4]!.error!.message).toMatch(/url/);
    expect(replies[5]!.error!.message).toMatch(/not restored automatically on this site/);
    expect(replies[6]!.error!.message).toBe('Unknown message.');
    const after = await store();
    expect(after.articles.map((x) => x.captures.length)).toEqual(before.articles.map((x) => x.captures.length));
    expect(after.annotations).toHaveLength(before.annotations.length);
    await Promise.all([a.page.close(), b.page.close()]);
  });

  it('refuses a forged, oversized or malformed article with a clear error, and stores nothing', async () => {
    await clearStore(session);
    const { page, url } = await openSeed(session, server, 'dev-taybac-giaingan-laichau.html');
    const tabId = await chromiumTabId(session, url);
    // A listener in the content scripts' world answers the background's extractArticle first,
    // as a compromised content script would; what it sends is chosen per attempt.
    await session.worker.evaluate(async (id) => {
      await chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const w = globalThis as unknown as { forgery: string };
          chrome.runtime.onMessage.addListener((message, _sender, reply) => {
            const m = message as { method?: string };
            if (m.method === 'ping') return void reply(true);
            if (m.method !== 'extractArticle') return false;
            const own = location.href.split('#')[0];
            const article = {
              title: 'Lai Châu: Giải ngân vốn đầu tư công', url: own, canonicalUrl: null, siteName: null, author: null, authors: [],
              publishedAt: null, lang: 'vi', excerpt: null, text: 'Giải ngân', html: '<p>Giải ngân</p>', wordCount: 2,
            };
            if (w.forgery === 'url') reply({ ok: true, article: { ...article, url: 'https://other.example/forged' } });
            if (w.forgery === 'size') reply({ ok: true, article: { ...article, text: 'a'.repeat(8_000_001) } });
            if (w.forgery === 'shape') reply({ ok: true, article: { ...article, title: 42, wordCount: -1, extra: '<script>' } });
            return true;
          });
        },
      });
    }, tabId);

    const attempts: Array<[string, RegExp]> = [
      ['url', /page changed while it was being clipped/],
      ['size', /too large to clip: Dossier keeps at most 8 million characters/],
      ['shape', /request was malformed and was refused/],
    ];
    let popup: Page | undefined;
    for (const [forgery, message] of attempts) {
      await session.worker.evaluate(
        ([id, f]) => chrome.scripting.executeScript({ target: { tabId: id }, args: [f], func: (kind: string) => void ((globalThis as unknown as { forgery: string }).forgery = kind) }),
        [tabId, forgery] as const,
      );
      popup = await openChromiumPopup(session, url, popup);
      await pressClip(popup);
      expect(await popup.getByTestId('clip-error').innerText(), forgery).toMatch(message);
      expect((await store()).articles, forgery).toHaveLength(0);
    }
    await Promise.all([popup?.close(), page.close()]);
  });
});
