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

/**
 * Launch headless Firefox ESR and install the unpacked extension in `dist` temporarily;
 * `prefs` adds preferences (e.g. a proxy that catches requests to outside hosts).
 */
export async function launchFirefox(dist: string, options: { locale?: string; prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
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
      ...options.prefs,
    },
  });
  await browser.installExtension(dist);
  return { browser, origin: `moz-extension://${FIREFOX_UUID}/`, close: () => browser.close() };
}

/**
 * Open an extension page in a new tab. Firefox refuses test navigation to moz-extension://,
 * so the test build's hook (src/background/test-hooks.ts) does it; `forUrl` gives the page
 * the id of the tab showing that address; `query` is passed on to the page (`?id=…`).
 * `page` is a tab to use (one whose events are already watched) instead of a new one.
 * Past the switch, puppeteer's `page.url()` keeps the http address: read `location.href` instead.
 */
export async function openFirefoxExtensionPage(
  session: FirefoxSession,
  serverOrigin: string,
  path: string,
  forUrl?: string,
  query: Record<string, string> = {},
  page?: Page,
): Promise<Page> {
  page ??= await session.browser.newPage();
  const params = new URLSearchParams({ ...query, page: path });
  if (forUrl) params.set('forUrl', forUrl);
  // The hook sends the tab on as soon as its address is known, at times before the http page's
  // load event, which goto() then waits for in vain (1 open in 15 timed out so): the arrival
  // at the extension page is what counts. A goto left waiting fails quietly.
  void page.goto(`${serverOrigin}/__dossier__/open?${params}`).catch(() => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    // An evaluation while the tab swaps documents can fail inside Firefox's BiDi code ("right-hand
    // side of 'in' should be an object"; 1 open in 20 under waitForFunction): it is asked again.
    const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (href.startsWith(session.origin)) return page;
    if (Date.now() > deadline) throw new Error(`The tab did not open ${path} within 10 s.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
