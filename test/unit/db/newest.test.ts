import { IDBFactory, IDBIndex } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { findArticleByUrl, saveClip } from '../../../src/db/articles';
import { queryLibrary } from '../../../src/db/library';
import { articleByUrl, openExisting, readNewestArticles } from '../../../src/db/newest';
import { article, freshDb, testEnv } from '../../helpers/db';

/** Store `n` clips a second apart (Bài 1 oldest) and tombstone the ones listed. */
async function library(factory: IDBFactory, n: number, deleted: number[] = []) {
  const db = freshDb(Infinity, factory);
  const env = testEnv();
  for (let i = 1; i <= n; i++) await saveClip(db, { article: article({ url: `https://example.vn/bai-${i}`, title: `Bài ${i}` }), contentHash: `h${i}` }, env);
  for (const i of deleted) {
    const [a] = await db.articles.where('urlKeys').equals(`example.vn/bai-${i}`).toArray();
    await db.articles.update(a!.id, { deletedAt: '2026-11-28T09:00:00.000Z' });
  }
  return db;
}

const titles = (rows: { title: string }[] | null) => rows?.map((r) => r.title) ?? null;

/**
 * Chromium's IDBIndex.getAllRecords({ direction, count }), which fake-indexeddb lacks, built on
 * its cursor, so that the path browsers take is run here too.
 */
function withGetAllRecords(): () => void {
  const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
  proto.getAllRecords = function (this: IDBIndex, { direction, count }: { direction: IDBCursorDirection; count: number }) {
    const req = this.openCursor(null, direction);
    const out: { value: unknown }[] = [];
    const result = { result: out, onsuccess: null as null | (() => void), onerror: null as null | (() => void), error: null as unknown };
    req.onsuccess = () => {
      const c = req.result;
      if (!c || out.length >= count) return result.onsuccess?.();
      out.push({ value: c.value });
      c.continue();
    };
    req.onerror = () => ((result.error = req.error), result.onerror?.());
    return result;
  };
  return () => delete proto.getAllRecords;
}

describe('the newest clips read straight from IndexedDB', () => {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });

  it('lists the same first page as the library query, newest first, without deleted clips', async () => {
    const factory = new IDBFactory();
    const db = await library(factory, 30, [30, 27]);
    const viaDexie = await queryLibrary(db, {}, 0, 10);
    const raw = await readNewestArticles('dossier-test', 10, factory);
    expect(titles(raw)).toEqual(titles(viaDexie.rows));
    expect(titles(raw)).toEqual(['Bài 29', 'Bài 28', 'Bài 26', 'Bài 25', 'Bài 24', 'Bài 23', 'Bài 22', 'Bài 21', 'Bài 20', 'Bài 19']);
    db.close();
  });

  it('reads the same with getAllRecords, also when more recent clips were deleted than it asked for extra', async () => {
    restore = withGetAllRecords();
    const factory = new IDBFactory();
    // 20 of the newest 30 deleted: one call of limit + 16 records is not enough.
    const db = await library(factory, 40, Array.from({ length: 20 }, (_, i) => 40 - i));
    expect(titles(await readNewestArticles('dossier-test', 5, factory))).toEqual(['Bài 20', 'Bài 19', 'Bài 18', 'Bài 17', 'Bài 16']);
    expect(titles(await readNewestArticles('dossier-test', 50, factory))).toHaveLength(20);
    db.close();
  });

  it('leaves no database behind when there is none yet, so Dexie still creates every table', async () => {
    const factory = new IDBFactory();
    expect(await readNewestArticles('dossier-test', 10, factory)).toBeNull();
    expect(await factory.databases()).toEqual([]);
    const db = freshDb(Infinity, factory);
    await saveClip(db, { article: article(), contentHash: 'h' }, testEnv());
    expect(await db.articles.count()).toBe(1);
    expect(titles(await readNewestArticles('dossier-test', 10, factory))).toEqual([article().title]);
    db.close();
  });

  it('does not hold up Dexie upgrading the schema after an update', async () => {
    const factory = new IDBFactory();
    const old = freshDb(4, factory);
    await old.open();
    old.close();
    const raw = await openExisting('dossier-test', factory);
    expect(raw).not.toBeNull();
    const current = freshDb(Infinity, factory);
    await current.open(); // would wait forever on a connection that ignored versionchange
    expect(current.verno).toBeGreaterThan(4);
    current.close();
  });
});

describe("the popup's tab lookup read straight from IndexedDB", () => {
  it('finds what findArticleByUrl finds: any address variant, the canonical address, never a deleted clip', async () => {
    const factory = new IDBFactory();
    const db = await library(factory, 5, [3]);
    const env = testEnv('2026-12-01T00:00:00.000Z');
    await saveClip(db, { article: article({ url: 'https://example.vn/bai-9?utm_source=x', canonicalUrl: 'https://example.vn/goc-9', title: 'Bài 9' }), contentHash: 'h9' }, env);
    const idb = (await openExisting('dossier-test', factory))!;
    for (const address of ['https://www.example.vn/bai-2/', 'http://example.vn/bai-2?fbclid=1', 'https://example.vn/goc-9', 'https://example.vn/bai-9', 'https://example.vn/bai-3', 'https://example.vn/khac']) {
      const direct = await articleByUrl(idb, address);
      expect(direct?.id, address).toBe((await findArticleByUrl(db, address))?.id);
    }
    expect((await articleByUrl(idb, 'https://example.vn/goc-9'))?.title).toBe('Bài 9');
    expect(await articleByUrl(idb, 'https://example.vn/bai-3')).toBeUndefined();
    expect(await articleByUrl(idb, 'https://example.vn/khac')).toBeUndefined();
    idb.close();
    db.close();
  });
});
