/**
 * What the library benchmark (scripts/bench/library.ts) calls inside the page. Installed only
 * in the test builds (dist/e2e): release builds compile it out.
 */
import { strFromU8, unzipSync } from 'fflate';
import { EXPORT_FORMATS } from '../../src/core/export';
import { exportScope } from './export';
import { fold } from '../../src/core/text/fold';
import { readScope } from '../../src/db/backup';
import { importFile, type ImportTimings } from './import';
import { queryLibrary } from '../../src/db/library';
import { docMap, searchArticleIds, searchDocNos } from '../../src/db/search';
import { db } from '../shared/db';
import { Dexie } from 'dexie';
import { DossierDB } from '../../src/db/db';

const now = () => performance.now();

export const benchHooks = {
  /** How long opening the database takes: raw IndexedDB, Dexie without a schema, the app's database. */
  async openTimes(): Promise<Record<string, number>> {
    const t0 = now();
    await new Promise<void>((resolve) => {
      const req = indexedDB.open('dossier');
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    const t1 = now();
    const dynamic = new Dexie('dossier');
    await dynamic.open();
    dynamic.close();
    const t2 = now();
    const app = new DossierDB();
    await app.open();
    const t3 = now();
    await app.articles.orderBy('clippedAt').reverse().limit(50).toArray();
    const t4 = now();
    app.close();
    return { raw: t1 - t0, dexieDynamic: t2 - t1, appDb: t3 - t2, first50: t4 - t3 };
  },
  /** Where a search spends its time (for profiling). */
  async probe(text: string): Promise<Record<string, number>> {
    const t0 = now();
    const docNos = await searchDocNos(db, text);
    const t1 = now();
    const map = await docMap(db);
    const t2 = now();
    const ids = await searchArticleIds(db, text);
    const t3 = now();
    return { docNos: t1 - t0, hits: docNos.length, docMap: t2 - t1, mapSize: map.size, ids: t3 - t2, matches: ids.length };
  },
  /** Time one library query (search text, filters) the way the page runs it. */
  async query(text: string): Promise<{ ms: number; count: number | null }> {
    const t = now();
    const page = await queryLibrary(db, { text });
    return { ms: now() - t, count: page.total };
  },
  /** The baseline for search: read every body and look for the folded words in the folded text. */
  async fullScan(text: string): Promise<{ ms: number; count: number }> {
    const t = now();
    const words = fold(text).split(' ');
    let count = 0;
    await db.bodies.each((b) => {
      const hay = fold(b.text);
      if (words.every((w) => hay.includes(w))) count++;
    });
    return { ms: now() - t, count };
  },
  /** Import a backup file the way the Import button does; `index: false` leaves the search index unbuilt (for the size baseline). */
  async importFile(file: File, index = true): Promise<Record<string, number>> {
    const timings: ImportTimings = {};
    const t0 = now();
    const outcome = await importFile(file, timings, { index, maxBytes: 1024 * 1024 * 1024 });
    if (!outcome.ok) throw new Error(outcome.message);
    return { ...timings, total: now() - t0 } as Record<string, number>;
  },
  /** The import baseline: JSON.parse and one plain put of every article and body, in a database of its own. */
  async plainImport(text: string): Promise<number> {
    const t = now();
    const data = JSON.parse(text) as { articles: unknown[]; bodies: unknown[] };
    const idb = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('bench-plain', 1);
      req.onupgradeneeded = () => {
        req.result.createObjectStore('articles', { keyPath: 'id' });
        req.result.createObjectStore('bodies', { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction(['articles', 'bodies'], 'readwrite');
      for (const a of data.articles) tx.objectStore('articles').put(a);
      for (const b of data.bodies) tx.objectStore('bodies').put(b);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    idb.close();
    indexedDB.deleteDatabase('bench-plain');
    return now() - t;
  },
  /** Export the `count` newest clips to every format, as the Export button does, and unpack the zip (tests read the files). */
  async exportZip(count: number): Promise<{ name: string; onPage: number; entries: Record<string, string> }> {
    const ids = (await db.articles.orderBy('clippedAt').reverse().limit(count).primaryKeys()) as string[];
    const exported = await exportScope({ kind: 'search', query: '', articleIds: ids }, EXPORT_FORMATS, 'vi');
    const bytes = new Uint8Array(await new Blob([exported.content as BlobPart]).arrayBuffer());
    const entries = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
    return { name: exported.name, onPage: exported.onPage, entries };
  },
  /** Export the `count` newest clips to every format and zip them; also the JSON.stringify baseline. */
  async exportNewest(count: number): Promise<{ ms: number; baseline: number; files: number; read: number; formats: number; zip: number; onPage: number }> {
    const ids = (await db.articles.orderBy('clippedAt').reverse().limit(count).primaryKeys()) as string[];
    const scope = { kind: 'search' as const, query: '', articleIds: ids };
    // The library's own export path; its phases are read off the progress reports.
    const t0 = now();
    let t1 = 0;
    let t2 = 0;
    const exported = await exportScope(scope, EXPORT_FORMATS, 'vi', (p) => {
      if (!t1) t1 = now();
      if (p.done === p.total) t2 = now();
    });
    const t3 = now();
    // Baseline: the same records read and written as plain JSON.
    JSON.stringify(await readScope(db, scope));
    return { ms: t3 - t0, baseline: now() - t3, files: exported.files, read: t1 - t0, formats: t2 - t1, zip: t3 - t2, onPage: exported.onPage };
  },

};
