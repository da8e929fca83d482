/** Steps the Chromium tests share: clip a seed page through the popup, read or clear the store. */
import type { Page } from 'playwright-core';
import { CLEAR_DATABASE, openChromiumPopup, READ_DATABASE, type ChromiumSession } from '../../../scripts/lib/browsers';
import type { SeedServer } from '../../../scripts/lib/serve';
import type { Stored } from '../expectations';

/** Open `file` from the seed server in a new tab. */
export async function openSeed(session: ChromiumSession, server: SeedServer, file: string): Promise<{ page: Page; url: string }> {
  const url = `${server.origin}/${file}`;
  const page = await session.context.newPage();
  await page.goto(url);
  return { page, url };
}

/** Press Clip in a popup and wait for its outcome. */
export async function pressClip(popup: Page): Promise<void> {
  await popup.getByTestId('clip-button').click();
  await popup.locator('[data-testid=clip-notice], [data-testid=clip-error]').first().waitFor();
}

/** Clip a seed page as a user would: open it, open the popup on it, press Clip. */
export async function clipSeed(session: ChromiumSession, server: SeedServer, file: string): Promise<void> {
  const { page, url } = await openSeed(session, server, file);
  const popup = await openChromiumPopup(session, url);
  await pressClip(popup);
  await Promise.all([popup.close(), page.close()]);
}

export const readStore = async (session: ChromiumSession): Promise<Stored> => (await session.worker.evaluate(READ_DATABASE)) as Stored;
export const clearStore = async (session: ChromiumSession): Promise<void> => void (await session.worker.evaluate(CLEAR_DATABASE));
