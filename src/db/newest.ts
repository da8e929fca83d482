/**
 * The newest clips read straight from IndexedDB, for first screens that cannot wait.
 *
 * Why not through Dexie or the background: measured in Chromium with 10,000 clips, a page's
 * first message to the service worker took 35-300 ms to come back and Dexie's first open
 * 100-300 ms, while a plain open took 10-25 ms and one `getAllRecords` call (newest first, a
 * count) 5-7 ms, against 45-80 ms for walking a cursor one record at a time. Only the
 * unfiltered first page and the popup's first answers (its tab's clip, the recent clips) are
 * read this way; everything else goes through Dexie as before.
 */
import { urlKeys } from '../core/url/url-key';
import type { ArticleRecord } from './types';

/** Chromium 141+: records of an index range in one call, in either direction. */
type WithGetAllRecords = IDBIndex & {
  getAllRecords?: (options: { direction: IDBCursorDirection; count: number }) => IDBRequest<{ value: unknown }[]>;
};

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * Open the database as it is, or resolve null when it does not exist yet: its creation is
 * aborted, so that Dexie still creates it with every table (an empty database at version 1
 * would look to Dexie like an old one to upgrade).
 */
export function openExisting(name: string, factory: IDBFactory = indexedDB): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = factory.open(name);
    } catch {
      return resolve(null);
    }
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const idb = req.result;
      // Never hold up Dexie opening a newer schema version after an update.
      idb.onversionchange = () => idb.close();
      resolve(idb);
    };
    req.onerror = (event) => {
      event.preventDefault(); // the aborted creation is expected, not an error to report
      resolve(null);
    };
    req.onblocked = () => resolve(null);
  });
}

/**
 * The `limit` newest live clips by clip time, or null when this database cannot answer (no
 * articles table yet): the caller then asks Dexie. Tombstones are skipped.
 */
export async function newestArticles(idb: IDBDatabase, limit: number): Promise<ArticleRecord[] | null> {
  if (!idb.objectStoreNames.contains('articles')) return null;
  const store = idb.transaction('articles', 'readonly').objectStore('articles');
  if (!store.indexNames.contains('clippedAt')) return null;
  const index = store.index('clippedAt') as WithGetAllRecords;
  const live = (a: ArticleRecord) => !a.deletedAt;
  if (index.getAllRecords) {
    // A few extra records cover recent deletions; more than that falls back to the cursor.
    const count = limit + 16;
    const records = await request(index.getAllRecords({ direction: 'prev', count }));
    const rows = records.map((r) => r.value as ArticleRecord).filter(live);
    if (rows.length >= limit || records.length < count) return rows.slice(0, limit);
  }
  return cursorNewest(idb, limit);
}

/** The same by a cursor, newest first (browsers without getAllRecords, and many tombstones). */
function cursorNewest(idb: IDBDatabase, limit: number): Promise<ArticleRecord[]> {
  const rows: ArticleRecord[] = [];
  const req = idb.transaction('articles', 'readonly').objectStore('articles').index('clippedAt').openCursor(null, 'prev');
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || rows.length >= limit) return resolve(rows);
      const a = cursor.value as ArticleRecord;
      if (!a.deletedAt) rows.push(a);
      cursor.continue();
    };
  });
}

/** Open, read the newest clips, close: null when the database is missing or cannot answer. */
export async function readNewestArticles(name: string, limit: number, factory?: IDBFactory): Promise<ArticleRecord[] | null> {
  const idb = await openExisting(name, factory);
  if (!idb) return null;
  try {
    return await newestArticles(idb, limit);
  } catch {
    return null;
  } finally {
    idb.close();
  }
}

/**
 * The live article stored for an address (by any of its URL keys), newest first, as
 * `findArticleByUrl` finds it through Dexie; null when this database cannot answer.
 */
export async function articleByUrl(idb: IDBDatabase, address: string): Promise<ArticleRecord | undefined | null> {
  if (!idb.objectStoreNames.contains('articles')) return null;
  const store = idb.transaction('articles', 'readonly').objectStore('articles');
  if (!store.indexNames.contains('urlKeys')) return null;
  const index = store.index('urlKeys');
  const found = (await Promise.all(urlKeys(address).map((key) => request(index.getAll(key))))).flat() as ArticleRecord[];
  return found.filter((a) => !a.deletedAt).sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1))[0];
}
