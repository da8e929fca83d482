/** Clipping in Firefox ESR with the built extension (puppeteer-core over WebDriver BiDi), through the popup. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CLEAR_DATABASE, READ_DATABASE } from '../../../scripts/lib/browsers';
import { openFirefoxExtensionPage, type FirefoxSession } from '../../../scripts/lib/firefox';
import type { SeedServer } from '../../../scripts/lib/serve';
import { expectSeedStored, type Stored } from '../expectations';
import { startFirefox, stopAll } from '../suite';

let server: SeedServer;
let session: FirefoxSession;

beforeAll(async () => ({ server, session } = await startFirefox()));
afterAll(() => stopAll(session, server));

/** Text of the element with this test id, or null while it is absent. */
const textOf = (page: Page, testId: string): Promise<string | null> =>
  page.evaluate((id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.innerText ?? null, testId);

/** Press Clip and wait until the popup shows the outcome. */
async function pressClip(popup: Page): Promise<void> {
  await popup.waitForFunction(() => !!document.querySelector('[data-testid="clip-button"]:not([disabled])'));
  await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="clip-button"]')!.click());
  await popup.waitForFunction(() => !!document.querySelector('[data-testid="clip-notice"], [data-testid="clip-error"]'), { timeout: 30_000 });
}

describe('clip in Firefox', () => {
  it('clips the seed page from the popup, shows it as clipped, and re-clipping adds a capture', async () => {
    const page = await session.browser.newPage();
    const url = `${server.origin}/seed-dbp.html`;
    await page.goto(url);
    const popup = await openFirefoxExtensionPage(session, server.origin, 'popup/index.html', url);
    await popup.evaluate(CLEAR_DATABASE);
    await popup.waitForFunction(() => document.querySelector('[data-testid="clip-status"]')?.textContent?.includes('Not clipped'));

    await pressClip(popup);
    expect(await textOf(popup, 'clip-error')).toBeNull();
    expect(await textOf(popup, 'clip-status')).toMatch(/Clipped/);
    expect(await popup.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-testid="field-title"]')?.value)).toBe(
      'Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ',
    );
    expectSeedStored((await popup.evaluate(READ_DATABASE)) as Stored, 1);

    await pressClip(popup);
    expect(await textOf(popup, 'clip-notice')).toMatch(/new capture/);
    expectSeedStored((await popup.evaluate(READ_DATABASE)) as Stored, 2);

    const again = await openFirefoxExtensionPage(session, server.origin, 'popup/index.html', url);
    await again.waitForFunction(() => /Clipped[\s\S]*2 captures/.test(document.querySelector('[data-testid="clip-status"]')?.textContent ?? ''));
    expect(await textOf(again, 'recent-list')).toContain('Thường trực Tỉnh ủy');
    await Promise.all([popup.close(), again.close(), page.close()]);
  });

  it('puts the clip into a new collection from the popup, and takes it out again', async () => {
    const page = await session.browser.newPage();
    const url = `${server.origin}/seed-dbp.html`;
    await page.goto(url);
    const popup = await openFirefoxExtensionPage(session, server.origin, 'popup/index.html', url);
    await popup.waitForFunction(() => !!document.querySelector('[data-testid="popup-new-collection"]'));
    await popup.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('[data-testid="popup-new-collection"]')!;
      field.value = 'Cảng hàng không Điện Biên';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="popup-collections"] button[type="submit"]')!.click());
    const box = '[data-testid="popup-collections"] input[type="checkbox"]';
    await popup.waitForFunction((s: string) => document.querySelector<HTMLInputElement>(s)?.checked === true, {}, box);
    type Memberships = { collections: Array<{ id: string; name: string }>; memberships: Array<{ collectionId: string; articleId: string; deletedAt: string | null }>; articles: Array<{ id: string; title: string }> };
    const live = async () => {
      const db = (await popup.evaluate(READ_DATABASE)) as unknown as Memberships;
      return db.memberships.filter((m) => !m.deletedAt).map((m) => [db.collections.find((c) => c.id === m.collectionId)?.name, db.articles.find((a) => a.id === m.articleId)?.title]);
    };
    expect(await live()).toEqual([['Cảng hàng không Điện Biên', 'Thường trực Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ']]);

    await popup.evaluate((s: string) => document.querySelector<HTMLInputElement>(s)!.click(), box);
    await expect.poll(live).toEqual([]);
    expect(await popup.evaluate((s: string) => document.querySelector<HTMLInputElement>(s)!.checked, box)).toBe(false);
    await Promise.all([popup.close(), page.close()]);
  });

  it('says clearly when a page has no article and stores nothing new', async () => {
    const page = await session.browser.newPage();
    const url = `${server.origin}/search-results.html`;
    await page.goto(url);
    const popup = await openFirefoxExtensionPage(session, server.origin, 'popup/index.html', url);
    const before = ((await popup.evaluate(READ_DATABASE)) as Stored).articles.length;
    await pressClip(popup);
    expect(await textOf(popup, 'clip-error')).toMatch(/No article was found/);
    expect(((await popup.evaluate(READ_DATABASE)) as Stored).articles).toHaveLength(before);
    await Promise.all([popup.close(), page.close()]);
  });
});
