/**
 * A database saved at every schema version (test/fixtures/migrations, written by
 * scripts/make-migration-fixtures.ts) opens at the current version with every record intact,
 * and the app works on it: search finds its clips, a re-clip adds a capture, a backup parses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, serializeBackup } from '../../../src/core/backup';
import { saveClip } from '../../../src/db/articles';
import { readLibrary } from '../../../src/db/backup';
import { mentionsOfEntity } from '../../../src/db/mentions';
import type { ArticleMentions, MentionRecord } from '../../../src/db/types';
import { SCHEMA } from '../../../src/db/schema';
import { drainSearchQueue, indexedCount, searchArticleIds } from '../../../src/db/search';
import { decodeValue, dumpDatabase, loadDump, type DatabaseDump } from '../../fixtures/migrations/dump';
import { article, freshDb, testEnv } from '../../helpers/db';

const DIR = fileURLToPath(new URL('../../fixtures/migrations/', import.meta.url));
const dumps = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(`${DIR}${f}`, 'utf8'), decodeValue) as DatabaseDump)
  .sort((a, b) => a.version - b.version);
const CURRENT = SCHEMA.at(-1)!.version;
/** Index tables of v3-v5 that v6 converted into searchDocRows and searchRows. */
const REPACKED = new Set(['searchDocs', 'searchPostings']);
const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Save `dump` at its version in a new IndexedDB, then open that at the current version. */
async function upgrade(dump: DatabaseDump) {
  const factory = new IDBFactory();
  const old = freshDb(dump.version, factory);
  await old.open();
  await loadDump(old, dump);
  old.close();
  const db = freshDb(Infinity, factory);
  await db.open();
  return db;
}

describe('databases saved at every schema version', () => {
  it('exist for every version (run scripts/make-migration-fixtures.ts after appending one)', () => {
    expect(dumps.map((d) => d.version)).toEqual(SCHEMA.map((v) => v.version));
  });

  for (const dump of dumps) {
    describe(`v${dump.version} → v${CURRENT}`, () => {
      it('keeps every record of every table, unchanged', async () => {
        const db = await upgrade(dump);
        expect(db.verno).toBe(CURRENT);
        const after = await dumpDatabase(db);
        for (const [table, rows] of Object.entries(dump.tables)) {
          // v6 repacked the search index into new tables (the next test searches through them).
          if (REPACKED.has(table)) {
            expect(after.tables[table], table).toBeUndefined();
            continue;
          }
          // v7 regrouped mentions a row per article: the same records, each in its article's row.
          if (table === 'mentions') {
            expect(after.tables.mentions, table).toBeUndefined();
            const stored = after.tables.articleMentions as ArticleMentions[];
            expect(byId(stored.flatMap((r) => r.mentions))).toEqual(byId(rows as MentionRecord[]));
            for (const r of stored) {
              expect(r.mentions.every((m) => m.articleId === r.articleId)).toBe(true);
              expect([...r.entityIds].sort()).toEqual([...new Set(r.mentions.map((m) => m.entityId))].sort());
            }
            continue;
          }
          // The v3 upgrade only adds queue entries; every row saved before must still be there, equal.
          let kept = table === 'searchQueue' ? after.tables[table]!.filter((r) => rows.some((o) => (o as { articleId: string }).articleId === (r as { articleId: string }).articleId)) : after.tables[table];
          // v6 added a write counter to the index's own row.
          if (table === 'searchMeta' && dump.version < 6) kept = kept!.map((r) => ({ ...(r as object), writes: undefined }));
          expect(kept, table).toEqual(table === 'searchMeta' ? rows.map((r) => ({ ...(r as object), writes: (r as { writes?: number }).writes })) : rows);
        }
        db.close();
      });

      it('queues for search every article a version without the index stored, and finds them once indexed', async () => {
        const db = await upgrade(dump);
        const articles = dump.tables.articles as Array<{ id: string; title: string }>;
        const queued = await db.searchQueue.toCollection().primaryKeys();
        if (dump.version < 3) expect([...queued].sort()).toEqual(articles.map((a) => a.id).sort());
        // Articles indexed before the upgrade are found through the carried-over index, before any indexing.
        if (dump.version >= 3) {
          const indexed = articles.filter((a) => !queued.includes(a.id));
          expect(indexed.length).toBeGreaterThan(3);
          for (const a of indexed) expect(await searchArticleIds(db, a.title), `${a.title} (not re-indexed)`).toContain(a.id);
          expect(await indexedCount(db)).toBe(indexed.length);
        }
        while ((await drainSearchQueue(db)) > 0);
        for (const a of articles) expect(await searchArticleIds(db, a.title), a.title).toContain(a.id);
        db.close();
      });

      it('takes a re-clip as a new capture (no duplicate) and backs up to a valid file', async () => {
        const db = await upgrade(dump);
        const first = (dump.tables.articles as Array<{ id: string; url: string; captures: unknown[] }>)[0]!;
        const saved = await saveClip(db, { article: article({ url: first.url }), contentHash: 'f'.repeat(64) }, testEnv('2027-01-01T00:00:00.000Z'));
        expect(saved).toMatchObject({ created: false, article: { id: first.id } });
        expect(saved.article.captures).toHaveLength(first.captures.length + 1);
        expect(await db.articles.count()).toBe(dump.tables.articles!.length);
        // An entity's mentions are found through the (converted) index, tombstones included.
        for (const m of (dump.tables.mentions ?? []) as MentionRecord[]) expect((await mentionsOfEntity(db, m.entityId)).map((x) => x.id)).toContain(m.id);
        const backup = createBackup(await readLibrary(db), { now: '2027-01-02T00:00:00.000Z' });
        expect(parseBackup(serializeBackup(backup))).toMatchObject({ ok: true });
        db.close();
      });
    });
  }
});
