/**
 * Launching Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core over
 * WebDriver BiDi) with a built extension loaded. Used by the demo, the benchmarks and
 * the end-to-end tests. See ../shared/notes/browser-testing.md for the why of each flag.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The UUID the Firefox tests pin for the extension's moz-extension:// origin. */
export const FIREFOX_UUID = '6f0c2b1e-5d3a-4c8e-9b7a-2e4f1d0c3b5a';

/** Throw a message that says how to install a missing browser. */
export function requireBrowser(path: string, pkg: string): void {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing. Install it with: sudo apt-get update && sudo apt-get install -y ${pkg}`);
  }
}

/** A Chromium with the extension: its context, service worker, id and a closer. */
export type ChromiumSession = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The extension's origin, `chrome-extension://<id>/`. */
  origin: string;
  /** The profile folder (deleted by close). */
  profile: string;
  close(): Promise<void>;
};

/** Launch Chromium with the unpacked extension in `dist`; headless unless a display exists and `headed` is asked. */
export async function launchChromium(
  dist: string,
  options: {
    headed?: boolean;
    locale?: string;
    colorScheme?: 'light' | 'dark';
    /** A profile to keep (not deleted on close). */
    profile?: string;
    /** More command-line switches (e.g. --host-resolver-rules). */
    args?: string[];
  } = {},
): Promise<ChromiumSession> {
  requireBrowser(CHROMIUM_PATH, 'chromium');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: !(options.headed && process.env.DISPLAY),
    executablePath: CHROMIUM_PATH,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${options.locale ?? 'en-US'}`,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    origin: `chrome-extension://${extensionId}/`,
    profile,
    close: async () => {
      await context.close().catch(() => undefined);
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`, asked of the extension's service worker. */
export async function chromiumTabId(session: ChromiumSession, url: string): Promise<number> {
  const id = await session.worker.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Open the popup as a tab acting on the tab that shows `url`. */
export async function openChromiumPopup(session: ChromiumSession, url: string, page?: Page): Promise<Page> {
  const tabId = await chromiumTabId(session, url);
  const popup = page ?? (await session.context.newPage());
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`${session.origin}popup/index.html?tabId=${tabId}`);
  return popup;
}

/**
 * Read every table of the extension's database, from one of its pages (raw IndexedDB, not
 * the app's code). A database that does not exist yet is not created (that would give it
 * version 1 with no tables and break the app's own first open): the result is then empty.
 */
export const READ_DATABASE = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const req = indexedDB.open('dossier');
    req.onupgradeneeded = () => req.transaction.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
  });
  const out = { articles: [], bodies: [] };
  if (!db) return out;
  for (const name of db.objectStoreNames) {
    out[name] = await new Promise((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  db.close();
  // Mentions are stored a row per article (schema v7): read out as the records they are. Copies,
  // because WebDriver BiDi sends an object met twice in one result only once.
  if (out.articleMentions) out.mentions = out.articleMentions.flatMap((r) => r.mentions.map((m) => ({ ...m })));
  return out;
})()`;

/** Empty every table of the extension's database (same care as READ_DATABASE not to create it). */
export const CLEAR_DATABASE = `(async () => {
  const db = await new Promise((resolve) => {
    const req = indexedDB.open('dossier');
    req.onupgradeneeded = () => req.transaction.abort();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => resolve(null);
  });
  if (!db) return;
  const names = [...db.objectStoreNames];
  if (names.length) {
    await new Promise((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) tx.objectStore(name).clear();
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
})()`;

declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
