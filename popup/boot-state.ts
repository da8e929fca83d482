/**
 * The popup's first questions to the background, asked once and as early as possible.
 *
 * Why: the popup's first render waited for Preact's effects to run after the first paint
 * (~35 ms here), and only then asked for the tab's state. ./boot.ts is the first module of the
 * popup's bundle and asks right away; App takes the answers as its first state when they are
 * in, and otherwise draws a loading line until they are.
 * (A separate early script was tried and was slower: every file an extension page loads cost
 * 20-80 ms here whatever its size, more than the round trip it would have hidden.)
 *
 * Both answers are read straight from IndexedDB (the database is the extension's own, and
 * this page is at its origin), as the library's first page is: a message to the service
 * worker took 30-90 ms to come back to a freshly opened page here, a plain open and read
 * 15-30 ms. Anything the direct read cannot answer (an old schema, a closed tab, an error)
 * is asked of the worker as before, so its answers and errors stay the reference.
 */
import type { BackgroundReply, PageState } from '../src/messages/protocol';
import { isRestrictedUrl, pageUrl } from '../src/core/url/page';
import { DB_NAME } from '../src/db/name';
import { articleByUrl, newestArticles, openExisting } from '../src/db/newest';
import { send } from '../src/platform/send';
import { targetTab, type TargetTab } from './tab';

/** A promise and, once it has settled, its value (readable without waiting a microtask). */
export type Early<T> = { promise: Promise<T>; value?: T; settled: boolean };

export type Boot = {
  tabId: Early<number | null>;
  page: Early<BackgroundReply<'getPageState'> | null>;
  recent: Early<BackgroundReply<'listRecent'>>;
};

export const RECENT_LIMIT = 6;
const KEY = '__dossierPopupBoot';

function early<T>(promise: Promise<T>): Early<T> {
  const e: Early<T> = { promise, settled: false };
  void promise.then((value) => {
    e.value = value;
    e.settled = true;
  });
  return e;
}

/** Ask now, or return what was asked already. */
export function boot(): Boot {
  const g = globalThis as { [KEY]?: Boot };
  if (g[KEY]) return g[KEY];
  const tab = targetTab();
  const tabId = tab.then((target) => target?.id ?? null);
  const idb = openExisting(DB_NAME);
  const page = tab.then((target) => (target === null ? null : pageState(idb, target).catch(() => null)));
  // The tab's clip first: the recent clips' read, issued beside it, was answered first and
  // drawn first, and the tab's state came 6-60 ms later than when read alone.
  const recent = page
    .then(() => idb)
    .then((db) => (db ? newestArticles(db, RECENT_LIMIT) : null))
    .catch(() => null);
  const started: Boot = {
    tabId: early(tabId),
    page: early(page.then((state) => (state ? { ok: true as const, value: state } : tabId.then((id) => (id === null ? null : send('getPageState', { tabId: id })))))),
    recent: early(recent.then((rows) => (rows ? { ok: true as const, value: rows } : send('listRecent', { limit: RECENT_LIMIT })))),
  };
  // The connection is only for these two reads (it also closes itself if a schema upgrade asks).
  void Promise.allSettled([recent, page]).then(() => idb.then((db) => db?.close()));
  g[KEY] = started;
  return started;
}

/**
 * Resolves once the tab's state is in, or after `ms` at most: the popup draws nothing before
 * then. Drawing a loading line first, while the state was read, delayed the state's own frame:
 * on a clipped article the state was drawn at 167 ms median this way, 129 ms drawing once it
 * was in (alternating builds, 40 openings each; the empty extension page 97 ms). That first
 * draw's layout and its fonts competed with the reads on a page still loading. A read slower
 * than `ms` (a database opened after a browser restart) still gets the loading line.
 */
export function firstAnswer(ms = 150): Promise<void> {
  const { page } = boot();
  return new Promise((resolve) => {
    void page.promise.then(
      () => resolve(),
      () => resolve(),
    );
    setTimeout(resolve, ms);
  });
}

/** What the worker's getPageState answers, read here; null when only the worker can answer. */
async function pageState(idb: Promise<IDBDatabase | null>, tab: TargetTab): Promise<PageState | null> {
  // Only the worker can say what is wrong with a tab the browser would not describe.
  if (tab.unreadable) return null;
  const { url } = tab;
  if (url && isRestrictedUrl(url)) return { url: '', blocked: 'restricted-page', article: null };
  const address = url ? pageUrl(url) : '';
  if (!address) return { url: '', blocked: null, article: null };
  const db = await idb;
  // No database yet: nothing was ever clipped (the worker creates it on its first start).
  if (!db) return null;
  const article = await articleByUrl(db, address);
  return article === null ? null : { url: address, blocked: null, article: article ?? null };
}
