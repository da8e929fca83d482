/** Reading scopes for export, and applying import plans, against a real (fake-indexeddb) database. */
import { describe, expect, it, vi } from 'vitest';

// Building the seed library runs the real extractor on six pages: slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
import { createBackup, planImport, selectScope, serializeBackup, TABLES, type LibraryData } from '../../../src/core/backup';
import { applyImport, readLibrary, readLibraryForImport, readScope } from '../../../src/db/backup';
import { searchArticleIds } from '../../../src/db/search';
import { allMentions, mentionsOf, putMentions } from '../../../src/db/mentions';
import { buildSeedLibrary } from '../../fixtures/backup/seed-library';
import { deleteArticles } from '../../../src/db/articles';
import { countLibrary, libraryFacets } from '../../../src/db/library';
import { JSDOM } from 'jsdom';
import { exportAll, type SanitizeWindow } from '../../../src/core/export';
import { freshDb } from '../../helpers/db';

async function stored(data: LibraryData) {
  const db = freshDb();
  await db.transaction('rw', [...TABLES.filter((t) => t !== 'mentions').map((t) => db.table(t)), db.articleMentions], async () => {
    for (const t of TABLES) await (t === 'mentions' ? putMentions(db, data.mentions) : db.table(t).bulkPut(data[t]));
  });
  return db;
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
const same = (a: LibraryData, b: LibraryData) => {
  for (const t of TABLES) expect(byId(a[t] as { id: string }[]), t).toEqual(byId(b[t] as { id: string }[]));
};

describe('readScope', () => {
  it('reads exactly what selectScope keeps, for a collection and for a search result', async () => {
    const data = await buildSeedLibrary();
    const db = await stored(data);
    const all = await readLibrary(db);
    for (const collection of data.collections) {
      const scope = { kind: 'collection' as const, collectionId: collection.id };
      same(selectScope(await readScope(db, scope), scope), selectScope(all, scope));
    }
    const articleIds = data.articles.slice(1, 4).map((a) => a.id);
    const scope = { kind: 'search' as const, query: 'x', articleIds };
    same(selectScope(await readScope(db, scope), scope), selectScope(all, scope));
  });
});

describe('applyImport', () => {
  it('restores a backup into an empty library whole: the same backup comes out, and its clips are searchable at once', async () => {
    const data = await buildSeedLibrary();
    const backup = createBackup(data, { now: '2026-01-01T00:00:00Z' });
    const db = freshDb();
    await applyImport(db, planImport(await readLibraryForImport(db), backup));
    expect(serializeBackup(createBackup(await readLibrary(db), { now: '2026-01-01T00:00:00Z' }))).toBe(serializeBackup(backup));
    const seed = data.articles.find((a) => a.url.includes('seed-dbp'))!;
    expect(await searchArticleIds(db, 'tran quoc cuong')).toContain(seed.id);
  });

  it('merges a backup into a full library: changed mentions are replaced in their rows, none doubled, new ones added', async () => {
    const data = await buildSeedLibrary();
    const db = freshDb();
    await applyImport(db, planImport(await readLibraryForImport(db), createBackup(data, { now: '2026-01-01T00:00:00Z' })));
    const theirs = structuredClone(data);
    theirs.mentions[0]!.role = 'Chủ tịch UBND tỉnh';
    theirs.mentions[0]!.updatedAt = '2026-02-01T00:00:00.000Z';
    theirs.mentions[1]!.articleId = theirs.articles.find((a) => a.id !== data.mentions[1]!.articleId)!.id;
    theirs.mentions[1]!.updatedAt = '2026-02-01T00:00:00.000Z';
    const added = { ...theirs.mentions[2]!, id: 'new-mention', annotationId: null, role: 'Phó Chủ tịch HĐND tỉnh' };
    theirs.mentions.push(added);
    await applyImport(db, planImport(await readLibraryForImport(db), createBackup(theirs, { now: '2026-02-02T00:00:00Z' })));
    const stored = await allMentions(db);
    expect(stored.map((m) => m.id).sort()).toEqual([...data.mentions.map((m) => m.id), 'new-mention'].sort());
    expect(stored.find((m) => m.id === data.mentions[0]!.id)?.role).toBe('Chủ tịch UBND tỉnh');
    // Matched by id, it stays in the article it was made in.
    expect((await mentionsOf(db, [data.mentions[1]!.articleId])).map((m) => m.id)).toContain(data.mentions[1]!.id);
    expect((await mentionsOf(db, [added.articleId])).map((m) => m.id)).toContain('new-mention');
  });

  it('keeps a deleted clip deleted through backup and restore, and leaves it out of every export', async () => {
    const data = await buildSeedLibrary();
    const db = freshDb();
    await applyImport(db, planImport(await readLibraryForImport(db), createBackup(data, { now: '2026-01-01T00:00:00Z' })));
    const gone = data.articles.find((a) => a.url.includes('seed-dbp'))!;
    await deleteArticles(db, [gone.id]);
    const backup = createBackup(await readLibrary(db), { now: '2026-01-02T00:00:00Z' });
    // The backup holds the tombstone, so a merge elsewhere deletes the clip there too.
    expect(backup.articles.find((a) => a.id === gone.id)?.deletedAt).toBeTruthy();

    const restored = freshDb();
    await applyImport(restored, planImport(await readLibraryForImport(restored), backup));
    expect(await countLibrary(restored)).toBe(data.articles.length - 1);
    expect(await searchArticleIds(restored, 'tran quoc cuong')).not.toContain(gone.id);
    expect((await libraryFacets(restored)).sites).not.toContain(gone.siteName);

    const files = await exportAll(backup, ['csv', 'md', 'w3c', 'csl', 'html', 'graph'], { yieldNow: async () => undefined, window: new JSDOM('').window as unknown as SanitizeWindow });
    const text = files.map((f) => (typeof f.content === 'string' ? f.content : new TextDecoder().decode(f.content))).join('\n');
    expect(text).not.toContain(gone.title);
    expect(text).not.toContain(gone.id);
    expect(text).toContain(data.articles.find((a) => a.id !== gone.id)!.title);
  });

  it('changes nothing when a write fails midway', async () => {
    const data = await buildSeedLibrary();
    const db = freshDb();
    const plan = planImport(await readLibraryForImport(db), createBackup(data, { now: '2026-01-01T00:00:00Z' }));
    const fail = (): never => {
      throw new Error('QuotaExceededError');
    };
    db.articleMentions.hook('creating', fail);
    await expect(applyImport(db, plan)).rejects.toThrow();
    db.articleMentions.hook('creating').unsubscribe(fail);
    for (const t of [...TABLES.filter((t) => t !== 'mentions'), 'articleMentions', 'searchRows', 'searchDocRows'] as const) expect(await db.table(t).count(), t).toBe(0);
  });
});
