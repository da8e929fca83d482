/**
 * The service worker terminated in the middle of a clip: the database holds all of the clip or
 * none of it, nothing stored before is lost, and the next press of Clip works. Faults: the
 * extension's process crashed (worker and popup die at once) at times closing in on the write,
 * once with the write issued and waiting for its lock; and the worker stopped as the browser
 * stops it (which lets the event in flight finish).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumTabId, launchChromium, type ChromiumSession } from '../../../scripts/lib/browsers';
import { serveDir, type SeedServer } from '../../../scripts/lib/serve';
import { DIST_CHROME, SEEDS_DIR } from '../expectations';
import { crashExtension, health, openControl, sleep, stopWorker, wakeWorker, type Control } from './faults';
import { pageOfSize } from './pages';

let server: SeedServer;
let session: ChromiumSession;
let control: Control;

beforeAll(async () => {
  server = await serveDir(SEEDS_DIR);
  session = await launchChromium(DIST_CHROME);
  control = await openControl(session);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Show the `n`th 1 MB page in the test's tab. */
async function showBig(n: number, page: Page): Promise<void> {
  const path = `/big/${n}.html`;
  server.override(path, pageOfSize(`big-${n}`, 1_000_000));
  await page.goto(`${server.origin}${path}`);
}

/** A popup acting on the test's tab, as the toolbar button opens it. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.goto(`${session.origin}popup/index.html?tabId=${tabId}`);
  await popup.getByTestId('clip-status').waitFor();
  return popup;
}

/** The popup's answer to the press of Clip: 'notice' (stored) or the error it shows. */
async function outcome(popup: Page): Promise<string> {
  const shown = popup.locator('[data-testid=clip-notice], [data-testid=clip-error]').first();
  await shown.waitFor({ timeout: 60_000 });
  return (await shown.getAttribute('data-testid')) === 'clip-notice' ? 'notice' : await shown.innerText();
}

/** Keep a write transaction on the clip's tables open from an extension page, until that page dies. */
const HOLD_LOCK = `new Promise((resolve) => {
  const req = indexedDB.open('dossier');
  req.onsuccess = () => {
    const tx = req.result.transaction(['articles', 'bodies', 'searchQueue', 'articleMentions'], 'readwrite');
    const spin = () => { tx.objectStore('articles').get('none').onsuccess = spin; };
    spin();
    resolve();
  };
})`;

/** Clip again from a new popup (the crash took the old one): it works, and the clip is stored once. */
async function retry(tabId: number, expected: number): Promise<void> {
  const popup = await openPopup(tabId);
  await popup.getByTestId('clip-button').click();
  expect(await outcome(popup)).toBe('notice');
  const after = await health(session);
  expect(after.problems).toEqual([]);
  expect(after.live).toBe(expected);
  await popup.close();
}

describe('the extension killed mid-clip', () => {
  it('stores all of the clip or none of it, loses nothing, and the next Clip works', async () => {
    const page = await session.context.newPage();
    await showBig(0, page);
    const tabId = await chromiumTabId(session, page.url());
    // An undisturbed clip sets the time scale of the kills.
    let popup = await openPopup(tabId);
    const t0 = Date.now();
    await popup.getByTestId('clip-button').click();
    expect(await outcome(popup)).toBe('notice');
    const span = Date.now() - t0;
    await popup.close();

    // Bisection on the kill time: a crash that finds the clip stored moves the next one earlier,
    // one that finds nothing moves it later, so the crashes close in on the moment of the write.
    let [early, late] = [0, span * 1.5];
    const results: string[] = [];
    let stored = 1;
    const kinds = ['crash', 'crash', 'crash', 'crash', 'crash behind a lock', 'stop', 'stop'] as const;
    for (const [i, kind] of kinds.entries()) {
      await showBig(i + 1, page);
      popup = await openPopup(tabId);
      const before = await health(session);
      let victim = popup;
      if (kind === 'crash behind a lock') {
        // The clip's write is issued and waits behind a lock this page holds when the process dies.
        victim = await session.context.newPage();
        await victim.goto(`${session.origin}_locales/en/messages.json`);
        await victim.evaluate(HOLD_LOCK);
      }
      const delay = kind === 'crash' ? (early + late) / 2 : kind === 'stop' ? span * (i === 5 ? 0.3 : 0.8) : span + 2_000;
      await popup.getByTestId('clip-button').click();
      await sleep(delay);
      let answer = 'popup crashed';
      if (kind === 'stop') {
        expect(await stopWorker(control, session)).toBe(true);
        answer = await outcome(popup); // the popup outlives a stopped worker: it must say something, not hang
        await popup.close();
      } else await crashExtension(control, session, victim);
      expect(await wakeWorker(session)).toBe(true);
      const after = await health(session);
      expect(after.problems).toEqual([]);
      // All or nothing: the clip is there whole (text, search entry) or not at all; nothing older went.
      expect([before.live, before.live + 1]).toContain(after.live);
      const complete = after.live === before.live + 1;
      if (answer === 'notice') expect(complete).toBe(true);
      else if (kind === 'stop') expect(answer).toMatch(/try again/i);
      if (kind === 'crash') [early, late] = complete ? [early, delay] : [delay, late];
      results.push(`${kind} at ${Math.round(delay)} ms: ${complete ? 'complete' : 'absent'}`);
      await retry(tabId, ++stored);
    }
    console.log(`[hardening] clip of a 1 MB page (${span} ms undisturbed): ${results.join('; ')}; every retry stored, ${stored} clips, 0 lost`);
    await page.close();
  });
});
