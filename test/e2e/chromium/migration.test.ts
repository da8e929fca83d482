/**
 * A database saved by the previous schema version (test/fixtures/migrations, the newest file
 * before the current version) is written into Chromium's own IndexedDB at the extension's
 * origin, then the library page opens it: Dexie upgrades it in the real browser, every record
 * is kept, the search index carried over finds the clips without re-indexing, and the tables
 * the upgrade replaced are gone. (The unit tests run every version through fake-indexeddb;
 * this one checks what the browser itself does with a long upgrade transaction.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession } from '../../../scripts/lib/browsers';
import type { SeedServer } from '../../../scripts/lib/serve';
import { fold } from '../../../src/core/text/fold';
import { SCHEMA } from '../../../src/db/schema';
import { encodeValue, type DatabaseDump } from '../../fixtures/migrations/dump';
import { tablesAt } from '../../fixtures/migrations/build';
import { startChromium, stopAll } from '../suite';

let server: SeedServer;
let session: ChromiumSession;

beforeAll(async () => ({ server, session } = await startChromium()));
afterAll(() => stopAll(session, server));

const CURRENT = SCHEMA.at(-1)!.version;
const PREVIOUS = CURRENT - 1;

type StoreSpec = { name: string; keyPath: string | string[]; indexes: Array<{ name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }> };

/** Dexie's schema syntax ("id, *tags, &[a+b]") as IndexedDB stores and indexes, at `version`. */
function storesAt(version: number): StoreSpec[] {
  const specs = new Map<string, string>();
  for (const v of SCHEMA) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) if (spec !== null) specs.set(name, spec);
  }
  const path = (s: string) => (s.startsWith('[') ? s.slice(1, -1).split('+') : s);
  return [...tablesAt(version)].map((name) => {
    const [primary, ...rest] = specs.get(name)!.split(',').map((s) => s.trim());
    const indexes = rest.map((s) => {
      const bare = s.replace(/^[&*]/, '');
      return { name: bare, keyPath: path(bare), unique: s.startsWith('&'), multiEntry: s.startsWith('*') };
    });
    return { name, keyPath: path(primary!), indexes };
  });
}

describe(`a v${PREVIOUS} database opened by this version in Chromium`, () => {
  it('is upgraded with every record kept, and its clips are found through the carried-over index', async () => {
    const dump = JSON.parse(readFileSync(new URL(`../../fixtures/migrations/v${PREVIOUS}.json`, import.meta.url), 'utf8')) as DatabaseDump;
    expect(dump.version).toBe(PREVIOUS);
    // Any extension page will do to reach the origin's IndexedDB before Dexie does: the manifest, shown as text.
    const origin = await session.context.newPage();
    await origin.goto(`${session.origin}manifest.json`);
    const written = await origin.evaluate(
      async ({ stores, text, version }) => {
        const revive = (_k: string, v: unknown) => (v && typeof v === 'object' && '$u32' in v ? Uint32Array.from((v as { $u32: number[] }).$u32) : v);
        const dump = JSON.parse(text, revive) as { tables: Record<string, unknown[]> };
        const idb = await new Promise<IDBDatabase>((resolve, reject) => {
          const req = indexedDB.open('dossier', version * 10);
          req.onupgradeneeded = () => {
            for (const s of stores) {
              const store = req.result.createObjectStore(s.name, { keyPath: s.keyPath });
              for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
            }
          };
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        const names = Object.keys(dump.tables);
        await new Promise<void>((resolve, reject) => {
          const tx = idb.transaction(names, 'readwrite');
          for (const name of names) for (const row of dump.tables[name]!) tx.objectStore(name).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        const stored = [...idb.objectStoreNames];
        idb.close();
        return stored;
      },
      { stores: storesAt(PREVIOUS), text: JSON.stringify(dump, encodeValue), version: PREVIOUS },
    );
    expect(written.sort()).toEqual([...tablesAt(PREVIOUS)].sort());
    await origin.close();

    const library = await session.context.newPage();
    await library.goto(`${session.origin}popup/library.html`);
    const titles = async () => (await library.getByTestId('clip-list').locator('a.title').allInnerTexts()).map((s) => s.trim());
    const articles = dump.tables.articles as Array<{ id: string; title: string; deletedAt: string | null }>;
    const live = articles.filter((a) => !a.deletedAt);
    await expect.poll(async () => (await titles()).sort(), { timeout: 30_000 }).toEqual(live.map((a) => a.title).sort());
    // The first page is read straight from IndexedDB, before Dexie opens (and upgrades) the
    // database for the side panel: wait for that, then for the upgrade to be in.
    await library.waitForFunction(() => performance.getEntriesByName('dossier-side-ready').length > 0, undefined, { timeout: 30_000 });
    const installed = () =>
      library.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const req = indexedDB.open('dossier');
            req.onsuccess = () => {
              resolve(req.result.version);
              req.result.close();
            };
          }),
      );
    await expect.poll(installed, { timeout: 30_000 }).toBe(CURRENT * 10);

    const after = await library.evaluate(async () => {
      const idb = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('dossier');
        req.onsuccess = () => resolve(req.result);
      });
      const count = (name: string) =>
        new Promise<number>((resolve) => {
          const req = idb.transaction(name).objectStore(name).count();
          req.onsuccess = () => resolve(req.result);
        });
      // Mentions are stored a row per article since v7: count the records inside the rows.
      const mentions = () =>
        new Promise<number>((resolve) => {
          const req = idb.transaction('articleMentions').objectStore('articleMentions').getAll();
          req.onsuccess = () => resolve((req.result as Array<{ mentions: unknown[] }>).reduce((n, r) => n + r.mentions.length, 0));
        });
      const out = { version: idb.version, stores: [...idb.objectStoreNames], queued: await count('searchQueue'), articles: await count('articles'), annotations: await count('annotations'), mentions: await mentions() };
      idb.close();
      return out;
    });
    expect(after.version).toBe(CURRENT * 10);
    expect(after.stores.sort()).toEqual([...tablesAt(CURRENT)].sort());
    expect({ articles: after.articles, annotations: after.annotations, mentions: after.mentions }).toEqual({
      articles: dump.tables.articles!.length,
      annotations: dump.tables.annotations!.length,
      mentions: dump.tables.mentions!.length,
    });

    // Search by each indexed clip's title typed without accents: found through the converted index
    // (the fixture leaves one clip queued, as after a clip the worker had no time to index).
    const queued = new Set((dump.tables.searchQueue as Array<{ articleId: string }>).map((q) => q.articleId));
    expect(after.queued).toBe(queued.size);
    const search = library.locator('input[type=search]');
    for (const a of live.filter((x) => !queued.has(x.id))) {
      await search.fill(fold(a.title).split(' ').slice(0, 6).join(' '));
      await expect.poll(titles, { timeout: 10_000 }).toContain(a.title);
    }
    await library.close();
  });
});
