/** Accepting a suggested official in Firefox ESR's popup, and his entity page. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CLEAR_DATABASE, READ_DATABASE } from '../../../scripts/lib/browsers';
import { openFirefoxExtensionPage, type FirefoxSession } from '../../../scripts/lib/firefox';
import type { SeedServer } from '../../../scripts/lib/serve';
import type { EntityRecord, MentionRecord } from '../../../src/db/types';
import { type Stored } from '../expectations';
import { startFirefox, stopAll } from '../suite';

let server: SeedServer;
let session: FirefoxSession;

beforeAll(async () => ({ server, session } = await startFirefox()));
afterAll(() => stopAll(session, server));

type WithEntities = Stored & { entities: EntityRecord[]; mentions: MentionRecord[] };

/** Click the first element matching `selector` whose text includes `text`, inside an element with that text. */
const clickIn = (page: Page, rowSelector: string, text: string, button: string) =>
  page.evaluate(
    (row: string, t: string, b: string) => {
      const found = [...document.querySelectorAll<HTMLElement>(row)].find((el) => el.innerText.includes(t));
      found?.querySelector<HTMLButtonElement>(b)?.click();
      return !!found;
    },
    rowSelector,
    text,
    button,
  );

describe('officials in Firefox', () => {
  it('accepts the suggested Trần Quốc Cường in the popup; his page shows Bí thư Tỉnh ủy at 08/02/2023', async () => {
    const page = await session.browser.newPage();
    const url = `${server.origin}/seed-dbp.html`;
    await page.goto(url);
    const popup = await openFirefoxExtensionPage(session, server.origin, 'popup/index.html', url);
    // A fresh browser starts empty; clearing keeps the test independent of the order files run in.
    await popup.evaluate(CLEAR_DATABASE);
    await popup.waitForFunction(() => !!document.querySelector('[data-testid="clip-button"]:not([disabled])'));
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="clip-button"]')!.click());
    await popup.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-testid="suggestion"]')].some((s) => s.innerText.includes('Trần Quốc Cường')), { timeout: 30_000 });

    expect(await clickIn(popup, '[data-testid="suggestion"]', 'Trần Quốc Cường', '[data-testid="suggestion-accept"]')).toBe(true);
    await popup.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('[data-testid="entity-chip"]')].some((c) => c.innerText.includes('Trần Quốc Cường')));

    const stored = (await popup.evaluate(READ_DATABASE)) as WithEntities;
    const cuong = stored.entities.find((e) => e.name === 'Trần Quốc Cường');
    expect(cuong?.type).toBe('official');
    expect(stored.mentions.filter((m) => !m.deletedAt).map((m) => m.role).sort()).toEqual(['Bí thư Tỉnh ủy', 'Ủy viên Trung ương Đảng']);

    const entityPage = await openFirefoxExtensionPage(session, server.origin, 'popup/entity.html', undefined, { id: cuong!.id });
    await entityPage.waitForFunction(() => !!document.querySelector('[data-testid="timeline-point"]'));
    const point = await entityPage.evaluate(() => {
      const lane = document.querySelector('[data-testid="timeline-lane"][data-role="Bí thư Tỉnh ủy"]');
      const a = lane?.querySelector('[data-testid="timeline-point"]');
      return { date: a?.querySelector('text.date')?.textContent, href: a?.getAttribute('href') };
    });
    expect(point).toEqual({ date: '08/02/2023', href: `article.html?id=${stored.articles[0]!.id}` });
    await Promise.all([entityPage.close(), popup.close(), page.close()]);
  });
});
