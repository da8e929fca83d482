/** Reading the library out for backups and exports, and applying an import plan in one transaction. */
import { TABLES, type LibraryData, type ScopeRequest, type TableName } from '../core/backup/types';
import type { ImportPlan } from '../core/backup/plan-types';
import { byArticle } from './by-article';
import type { AnnotationRecord, ArticleBody, ArticleRecord, EntityRecord } from './types';
import type { DossierDB } from './db';
import { allMentions, mentionsOf, putMentions, storedRowsFor } from './mentions';
import { buildIndex, indexTables, startIndex, writeIndex } from './search';

/** The Dexie table behind a backup's table (mentions are stored a row per article). */
const storeOf = (db: DossierDB, t: TableName) => (t === 'mentions' ? db.articleMentions : db.table(t));

/** Every record of a backup's table, as the backup holds it. */
const recordsOf = (db: DossierDB, t: TableName): Promise<unknown[]> => (t === 'mentions' ? allMentions(db) : db.table(t).toArray());

/** Every backed-up table, tombstones included (a backup is lossless). */
export async function readLibrary(db: DossierDB): Promise<LibraryData> {
  return db.transaction('r', TABLES.map((t) => storeOf(db, t)), async () => {
    const rows = await Promise.all(TABLES.map((t) => recordsOf(db, t)));
    return Object.fromEntries(TABLES.map((t, i) => [t, rows[i]])) as LibraryData;
  });
}

/**
 * The records a scoped export needs, read through indexes: exporting one collection of a
 * 10,000-clip library must not read all 10,000 bodies. `selectScope` then trims exactly.
 */
export async function readScope(db: DossierDB, scope: ScopeRequest): Promise<LibraryData> {
  if (scope.kind === 'library') return readLibrary(db);
  return db.transaction('r', TABLES.map((t) => storeOf(db, t)), async () => {
    const memberships = scope.kind === 'collection' ? await db.memberships.where('collectionId').equals(scope.collectionId).toArray() : [];
    const ids = scope.kind === 'collection' ? [...new Set(memberships.filter((m) => !m.deletedAt).map((m) => m.articleId))] : [...new Set(scope.articleIds)];
    const [articles, bodies, annotations, mentions, collections] = await Promise.all([
      db.articles.bulkGet(ids),
      db.bodies.bulkGet(ids),
      byArticle<AnnotationRecord>(db.annotations, ids),
      mentionsOf(db, ids),
      scope.kind === 'collection' ? db.collections.where('id').equals(scope.collectionId).toArray() : Promise.resolve([]),
    ]);
    // Entities referenced by mentions and highlights, and the ones they were merged into.
    const entities = new Map<string, EntityRecord>();
    let wanted = [...new Set([...mentions.map((m) => m.entityId), ...annotations.flatMap((a) => a.entityIds)])];
    while (wanted.length) {
      const found = (await db.entities.bulkGet(wanted)).filter((e): e is EntityRecord => !!e && !entities.has(e.id));
      for (const e of found) entities.set(e.id, e);
      wanted = found.map((e) => e.mergedInto).filter((id): id is string => !!id && !entities.has(id));
    }
    return {
      articles: articles.filter((a): a is ArticleRecord => !!a),
      bodies: bodies.filter((b): b is ArticleBody => !!b),
      collections,
      memberships,
      annotations,
      entities: [...entities.values()],
      mentions,
    };
  });
}

/** The library without bodies: what `planImport` compares against. */
export async function readLibraryForImport(db: DossierDB): Promise<Omit<LibraryData, 'bodies'>> {
  const tables = TABLES.filter((t) => t !== 'bodies');
  return db.transaction('r', tables.map((t) => storeOf(db, t)), async () => {
    const rows = await Promise.all(tables.map((t) => recordsOf(db, t)));
    return Object.fromEntries(tables.map((t, i) => [t, rows[i]])) as Omit<LibraryData, 'bodies'>;
  });
}

/**
 * Apply an import plan: every table's writes and the search index of the imported clips in
 * one transaction, so the import happens whole or not at all (a quota error or a crash leaves
 * the library as it was). The index is built from the texts the plan already holds, while
 * the database works through the table writes: the writes are all issued first, and the
 * terms are gathered in the page meanwhile (the database runs in another process).
 */
export async function applyImport(db: DossierDB, plan: ImportPlan, options: { index?: boolean } = {}): Promise<void> {
  await db.transaction('rw', [...TABLES.map((t) => storeOf(db, t)), ...indexTables(db)], async () => {
    // (The benchmark's size baseline skips the index; the app always builds it.)
    const index = options.index !== false && plan.puts.articles.length > 0;
    // Reads first: queued behind the writes they would wait for all of them.
    const texts = new Map(plan.puts.bodies.map((b) => [b.id, b.text]));
    const missing = index ? plan.puts.articles.filter((a) => !texts.has(a.id)).map((a) => a.id) : [];
    const [start, stored, mentionRows] = await Promise.all([
      index ? startIndex(db, plan.puts.articles.map((a) => a.id)) : null,
      db.bodies.bulkGet(missing),
      storedRowsFor(db, plan.puts.mentions),
    ]);
    for (const body of stored) if (body) texts.set(body.id, body.text);
    const writes: Array<Promise<unknown>> = TABLES.filter((t) => plan.puts[t].length).map((t) => (t === 'mentions' ? putMentions(db, plan.puts.mentions, mentionRows) : db.table(t).bulkPut(plan.puts[t])));
    if (start) {
      // An article whose body is not in the plan keeps its stored one.
      const docs = plan.puts.articles.map((a) => (a.deletedAt ? { articleId: a.id, title: null, text: null } : { articleId: a.id, title: a.title, text: texts.get(a.id) ?? '' }));
      writes.push(writeIndex(db, start, buildIndex(docs, start.next)));
    }
    await Promise.all(writes);
  });
}
