/**
 * Highlights in Chromium, as an analyst makes them: select a sentence, write a note in the
 * popup, highlight; the highlight comes back after a reload, after the page changed (a
 * paragraph inserted above, a word corrected inside), and is listed as an orphan when the
 * sentence is gone. Also the shortcut, automatic restore and the stored copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumTabId, launchChromium, openChromiumPopup, READ_DATABASE, type ChromiumSession } from '../../../scripts/lib/browsers';
import { serveDir, type SeedServer } from '../../../scripts/lib/serve';
import type { AnnotationRecord } from '../../../src/db/types';
import { DIST_CHROME, SEEDS_DIR, type Stored } from '../expectations';
import { correctedPage, MARKS_SCRIPT, NOTE, NOTE_TEXT, removedPage, SECOND_SENTENCE, SENTENCE, selectTextScript, THIRD_SENTENCE, TYPO_SENTENCE, typoPage } from '../highlight-pages';
import { clearStore, openSeed, pressClip } from './helpers';

let server: SeedServer;
let session: ChromiumSession;
let page: Page;
let url: string;

beforeAll(async () => {
  server = await serveDir(SEEDS_DIR);
  session = await launchChromium(DIST_CHROME);
  await clearStore(session);
  server.override('/seed-dbp.html', typoPage());
  ({ page, url } = await openSeed(session, server, 'seed-dbp.html'));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const annotations = async () => ((await session.worker.evaluate(READ_DATABASE)) as Stored & { annotations: AnnotationRecord[] }).annotations;
const marks = () => page.evaluate(MARKS_SCRIPT) as Promise<string[]>;

/** Open the popup on the page and wait until its highlights were drawn. */
async function popupWithHighlights(): Promise<Page> {
  const popup = await openChromiumPopup(session, url);
  await popup.locator('[data-testid=highlight-list], [data-testid=orphans]').first().waitFor();
  return popup;
}

describe('highlights in Chromium', () => {
  it('highlights the selected sentence with a note from the popup, clipping the page first', async () => {
    expect(await page.evaluate(selectTextScript(TYPO_SENTENCE))).toBe(true);
    const popup = await openChromiumPopup(session, url);
    await popup.getByTestId('clip-status').waitFor();
    await popup.locator('.hl-new [data-testid=hl-color-green]').check();
    await popup.locator('.hl-new [data-testid=hl-note]').fill(NOTE);
    await popup.locator('.hl-new [data-testid=hl-tags]').fill('giảm nghèo, số liệu');
    await popup.getByTestId('hl-create').click();
    await popup.getByTestId('highlight-list').waitFor();
    expect(await popup.getByTestId('clip-status').innerText()).toMatch(/Clipped/);
    expect(await popup.getByTestId('highlight-list').innerText()).toContain(TYPO_SENTENCE);
    expect(await popup.getByTestId('hl-note-text').innerText()).toBe(NOTE_TEXT);
    expect(await popup.locator('[data-testid=hl-note-text] strong').innerText()).toBe('Số liệu');
    expect(await marks()).toEqual([TYPO_SENTENCE]);
    const [stored] = await annotations();
    expect(stored).toMatchObject({ color: 'green', note: NOTE, tags: ['giảm nghèo', 'số liệu'], deletedAt: null });
    expect(stored!.selectors.quote.exact).toBe(TYPO_SENTENCE);
    await popup.close();
  });

  it('restores it when the popup is opened on the reloaded page', async () => {
    await page.reload();
    expect(await marks()).toEqual([]);
    const popup = await popupWithHighlights();
    expect(await marks()).toEqual([TYPO_SENTENCE]);
    // Page CSS cannot hide it: the mark keeps its colour against a page rule aimed at it.
    await page.addStyleTag({ content: 'dossier-mark, p * { background: none !important; display: none !important; visibility: hidden !important; }' });
    const style = await page.evaluate(`(() => { const m = document.querySelector('dossier-mark'); const s = getComputedStyle(m); return s.display + " " + s.visibility + " " + s.backgroundColor; })()`);
    expect(style).toMatch(/^inline visible rgba\(70, 200, 90/);
    await popup.close();
  });

  it('finds it on the right words after a paragraph was inserted above and a word corrected inside', async () => {
    server.override('/seed-dbp.html', correctedPage());
    await page.reload();
    const popup = await popupWithHighlights();
    expect(await marks()).toEqual([SENTENCE]);
    expect(await popup.getByTestId('orphans').count()).toBe(0);
    await popup.close();
  });

  it('highlights from the keyboard shortcut and the context-menu handlers', async () => {
    expect(await page.evaluate(selectTextScript(SECOND_SENTENCE))).toBe(true);
    const tabId = await chromiumTabId(session, url);
    await session.worker.evaluate(`(async () => {
      const tab = await chrome.tabs.get(${tabId});
      await dossierTest.onCommand('highlight-selection', tab);
    })()`);
    expect((await marks()).sort()).toEqual([SENTENCE, SECOND_SENTENCE].sort());
    expect((await annotations()).filter((a) => !a.deletedAt)).toHaveLength(2);
    // With nothing selected, the menu entry stores nothing.
    await page.evaluate('getSelection().removeAllRanges()');
    await session.worker.evaluate(`(async () => {
      const tab = await chrome.tabs.get(${tabId});
      await dossierTest.onMenuClicked({ menuItemId: 'dossier-highlight-selection' }, tab);
    })()`);
    expect(await annotations()).toHaveLength(2);
  });

  it('edits and deletes a highlight from the popup', async () => {
    const popup = await popupWithHighlights();
    const second = popup.locator('[data-testid=highlight]', { hasText: SECOND_SENTENCE });
    await second.getByTestId('hl-edit').click();
    await second.locator('[data-testid=hl-color-purple]').check();
    await second.getByTestId('hl-save').click();
    await expect.poll(async () => (await annotations()).find((a) => a.selectors.quote.exact === SECOND_SENTENCE)?.color).toBe('purple');
    await second.getByTestId('hl-edit').click();
    await second.getByTestId('hl-delete').click();
    await expect.poll(marks).toEqual([SENTENCE]);
    expect((await annotations()).find((a) => a.selectors.quote.exact === SECOND_SENTENCE)?.deletedAt).toBeTruthy();
    await popup.close();
  });

  it('restores highlights as the page loads on a site where the analyst turned it on', async () => {
    const popup = await popupWithHighlights();
    await popup.getByTestId('hl-auto-restore').click();
    await expect.poll(() => popup.getByTestId('hl-auto-restore').isChecked()).toBe(true);
    await popup.close();
    await page.reload();
    await expect.poll(marks).toEqual([SENTENCE]);
    // Only the annotate script loaded with the page: clipping still injects and runs the clip script.
    const clipper = await openChromiumPopup(session, url);
    await pressClip(clipper);
    expect(await clipper.getByTestId('clip-notice').innerText()).toMatch(/new capture/);
    await clipper.close();
    // Turned off again: a reload shows nothing until the popup is opened.
    const again = await popupWithHighlights();
    await again.getByTestId('hl-auto-restore').click();
    await expect.poll(() => again.getByTestId('hl-auto-restore').isChecked()).toBe(false);
    await again.close();
    await page.reload();
    await page.waitForTimeout(500);
    expect(await marks()).toEqual([]);
  });

  it('lists a highlight whose sentence is gone as an orphan, with its quote and note', async () => {
    server.override('/seed-dbp.html', removedPage());
    await page.reload();
    const popup = await popupWithHighlights();
    const orphans = popup.getByTestId('orphans');
    await orphans.waitFor();
    expect(await orphans.getByTestId('hl-quote').innerText()).toBe(TYPO_SENTENCE);
    expect(await orphans.getByTestId('hl-note-text').innerText()).toBe(NOTE_TEXT);
    expect(await marks()).toEqual([]);
    // Attached to a new selection, it is a highlight again.
    expect(await page.evaluate(selectTextScript(SECOND_SENTENCE))).toBe(true);
    await orphans.getByTestId('hl-attach').click();
    await popup.getByTestId('highlight-list').waitFor();
    expect(await marks()).toEqual([SECOND_SENTENCE]);
    expect(await popup.getByTestId('orphans').count()).toBe(0);
    await popup.close();
  });

  it('shows the highlight on the stored copy with its rendered note, and highlights there too', async () => {
    const [live] = (await annotations()).filter((a) => !a.deletedAt);
    const stored = await session.context.newPage();
    await stored.goto(`${session.origin}popup/article.html?id=${live!.articleId}`);
    const body = stored.getByTestId('article-body');
    await stored.getByTestId('highlight-list').waitFor();
    expect(await body.locator('dossier-mark').allInnerTexts()).toEqual([SECOND_SENTENCE]);
    const card = stored.locator('[data-testid=highlight]');
    expect(await card.locator('.md strong').innerText()).toBe('Số liệu');
    expect(await card.getByTestId('hl-note-text').innerText()).toBe(NOTE_TEXT);

    expect(await stored.evaluate(selectTextScript(THIRD_SENTENCE))).toBe(true);
    await stored.getByTestId('hl-pending').getByText(THIRD_SENTENCE.slice(0, 20)).waitFor();
    await stored.locator('.hl-new [data-testid=hl-color-blue]').check();
    await stored.locator('.hl-new [data-testid=hl-note]').fill('Cần *kiểm chứng* với số liệu của Cục Thống kê');
    await stored.getByTestId('hl-create').click();
    await expect.poll(() => body.locator('dossier-mark').allInnerTexts()).toEqual([SECOND_SENTENCE, THIRD_SENTENCE]);
    const made = (await annotations()).find((a) => a.selectors.quote.exact === THIRD_SENTENCE);
    expect(made).toMatchObject({ color: 'blue', note: 'Cần *kiểm chứng* với số liệu của Cục Thống kê', articleId: live!.articleId, deletedAt: null });
    expect(await stored.locator('[data-testid=highlight] .md em').innerText()).toBe('kiểm chứng');
    // The article's photos wait for a click (loading them tells their host the clip is read); the highlights stay.
    const photos = body.locator('img');
    expect(await photos.count()).toBeGreaterThan(0);
    expect(await photos.evaluateAll((imgs) => imgs.filter((i) => i.hasAttribute('src')).length)).toBe(0);
    await stored.getByTestId('load-images').click();
    await expect.poll(() => photos.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).src.startsWith('http://127.0.0.1')))).toBe(true);
    expect(await stored.getByTestId('held-images').count()).toBe(0);
    expect(await body.locator('dossier-mark').allInnerTexts()).toEqual([SECOND_SENTENCE, THIRD_SENTENCE]);
    await stored.close();
    // Made on the stored copy, it is drawn on the live page too (its quote, not its offsets, carries it over).
    const popup = await popupWithHighlights();
    expect((await marks()).sort()).toEqual([SECOND_SENTENCE, THIRD_SENTENCE].sort());
    await popup.close();
  });
});
