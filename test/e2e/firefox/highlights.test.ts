/**
 * Highlights in Firefox ESR (puppeteer-core over WebDriver BiDi): select a sentence, write a
 * note in the popup, highlight; it comes back after a reload, lands on the right words after
 * the page changed, and is listed as an orphan with its quote and note when the sentence is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CLEAR_DATABASE, READ_DATABASE } from '../../../scripts/lib/browsers';
import { launchFirefox, openFirefoxExtensionPage, type FirefoxSession } from '../../../scripts/lib/firefox';
import { serveDir, type SeedServer } from '../../../scripts/lib/serve';
import type { AnnotationRecord } from '../../../src/db/types';
import { DIST_FIREFOX, SEEDS_DIR } from '../expectations';
import { correctedPage, MARKS_SCRIPT, NOTE, NOTE_TEXT, removedPage, SENTENCE, selectTextScript, TYPO_SENTENCE, typoPage } from '../highlight-pages';

let server: SeedServer;
let session: FirefoxSession;
let page: Page;
let url: string;

beforeAll(async () => {
  server = await serveDir(SEEDS_DIR);
  session = await launchFirefox(DIST_FIREFOX);
  server.override('/seed-dbp.html', typoPage());
  url = `${server.origin}/seed-dbp.html`;
  page = await session.browser.newPage();
  await page.goto(url);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const marks = () => page.evaluate(MARKS_SCRIPT) as Promise<string[]>;
const popupText = (popup: Page, selector: string) => popup.evaluate((s: string) => document.querySelector<HTMLElement>(s)?.innerText ?? null, selector);

/** Open the popup on the page and wait until it has drawn the page's highlights. */
async function openPopup(waitFor = '[data-testid="highlight-list"], [data-testid="orphans"]'): Promise<Page> {
  const popup = await openFirefoxExtensionPage(session, server.origin, 'popup/index.html', url);
  await popup.waitForFunction((s: string) => !!document.querySelector(s), { timeout: 20_000 }, waitFor);
  return popup;
}

/** Set a Preact-controlled field as typing would. */
const fill = (popup: Page, selector: string, value: string) =>
  popup.evaluate(
    (s: string, v: string) => {
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(s)!;
      field.value = v;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    selector,
    value,
  );

describe('highlights in Firefox', () => {
  it('highlights the selected sentence with a note from the popup, clipping the page first', async () => {
    expect(await page.evaluate(selectTextScript(TYPO_SENTENCE))).toBe(true);
    const popup = await openPopup('[data-testid="hl-create"]:not([disabled])');
    await popup.evaluate(CLEAR_DATABASE);
    await popup.click('.hl-new [data-testid="hl-color-green"]');
    await fill(popup, '.hl-new [data-testid="hl-note"]', NOTE);
    await fill(popup, '.hl-new [data-testid="hl-tags"]', 'giảm nghèo');
    await popup.click('[data-testid="hl-create"]');
    await popup.waitForFunction(() => !!document.querySelector('[data-testid="highlight-list"], [data-testid="hl-error"]'), { timeout: 30_000 });
    expect(await popupText(popup, '[data-testid="hl-error"]')).toBeNull();
    expect(await popupText(popup, '[data-testid="clip-status"]')).toMatch(/Clipped/);
    expect(await popupText(popup, '[data-testid="hl-note-text"]')).toBe(NOTE_TEXT);
    expect(await marks()).toEqual([TYPO_SENTENCE]);
    const { annotations } = (await popup.evaluate(READ_DATABASE)) as { annotations: AnnotationRecord[] };
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ color: 'green', note: NOTE, tags: ['giảm nghèo'] });
    await popup.close();
  });

  it('restores it when the popup is opened on the reloaded page', async () => {
    await page.reload();
    expect(await marks()).toEqual([]);
    const popup = await openPopup();
    expect(await marks()).toEqual([TYPO_SENTENCE]);
    await popup.close();
  });

  it('finds it on the right words after a paragraph was inserted above and a word corrected inside', async () => {
    server.override('/seed-dbp.html', correctedPage());
    await page.reload();
    const popup = await openPopup();
    expect(await marks()).toEqual([SENTENCE]);
    expect(await popupText(popup, '[data-testid="orphans"]')).toBeNull();
    await popup.close();
  });

  it('restores it as the page loads once the analyst turned that on for the site', async () => {
    const popup = await openPopup();
    // A real click: the permission request is allowed only in the analyst's own gesture.
    await popup.click('[data-testid="hl-auto-restore"]');
    await popup.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="hl-auto-restore"]')?.checked === true);
    await popup.close();
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('dossier-mark').length > 0, { timeout: 10_000 });
    expect(await marks()).toEqual([SENTENCE]);
    const again = await openPopup();
    await again.click('[data-testid="hl-auto-restore"]');
    await again.waitForFunction(() => document.querySelector<HTMLInputElement>('[data-testid="hl-auto-restore"]')?.checked === false);
    await again.close();
  });

  it('lists it as an orphan with its quote and note when the sentence is gone', async () => {
    server.override('/seed-dbp.html', removedPage());
    await page.reload();
    const popup = await openPopup('[data-testid="orphans"]');
    expect(await popupText(popup, '[data-testid="orphans"] [data-testid="hl-quote"]')).toBe(TYPO_SENTENCE);
    expect(await popupText(popup, '[data-testid="orphans"] [data-testid="hl-note-text"]')).toBe(NOTE_TEXT);
    expect(await marks()).toEqual([]);
    await popup.close();
  });
});
