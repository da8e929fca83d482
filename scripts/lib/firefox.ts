/** Launching Firefox ESR with the extension, through puppeteer-core over WebDriver BiDi. */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH, FIREFOX_UUID, requireBrowser } from './browsers';
import { GECKO_ID } from './manifest';

/** A Firefox with the extension: the browser, the extension's origin and a closer. */
export type FirefoxSession = {
  browser: Browser;
  /** `moz-extension://<uuid>/`, pinned by a preference so tests know it in advance. */
  origin: string;
  close(): Promise<void>;
};

/** Launch headless Firefox ESR and install the unpacked extension in `dist` temporarily. */
export async function launchFirefox(dist: string, options: { locale?: string } = {}): Promise<FirefoxSession> {
  requireBrowser(FIREFOX_PATH, 'firefox-esr');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': options.locale ?? 'en-US',
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(dist);
  return { browser, origin: `moz-extension://${FIREFOX_UUID}/`, close: () => browser.close() };
}

/**
 * Open an extension page in a new tab. Firefox refuses test navigation to moz-extension://,
 * so the test build's hook (src/background/test-hooks.ts) does it; `forUrl` gives the page
 * the id of the tab showing that address; `query` is passed on to the page (`?id=…`).
 */
export async function openFirefoxExtensionPage(session: FirefoxSession, serverOrigin: string, path: string, forUrl?: string, query: Record<string, string> = {}): Promise<Page> {
  const page = await session.browser.newPage();
  const params = new URLSearchParams({ ...query, page: path });
  if (forUrl) params.set('forUrl', forUrl);
  await page.goto(`${serverOrigin}/__dossier__/open?${params}`);
  await page.waitForFunction((origin: string) => location.href.startsWith(origin), { timeout: 10_000 }, session.origin);
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}
