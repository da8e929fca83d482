/** Reading the library out for backups and exports, and applying an import plan in one transaction. */
import { TABLES, type ImportPlan, type LibraryData } from '../core/backup';
import type { DossierDB } from './db';

/** Every backed-up table, tombstones included (a backup is lossless). */
export async function readLibrary(db: DossierDB): Promise<LibraryData> {
  return db.transaction('r', TABLES.map((t) => db.table(t)), async () => {
    const [articles, bodies, collections, memberships, annotations, entities, mentions] = await Promise.all(TABLES.map((t) => db.table(t).toArray()));
    return { articles, bodies, collections, memberships, annotations, entities, mentions } as LibraryData;
  });
}

/** The library without bodies: what `planImport` compares against. */
export async function readLibraryForImport(db: DossierDB): Promise<Omit<LibraryData, 'bodies'>> {
  const tables = TABLES.filter((t) => t !== 'bodies');
  return db.transaction('r', tables.map((t) => db.table(t)), async () => {
    const rows = await Promise.all(tables.map((t) => db.table(t).toArray()));
    return Object.fromEntries(tables.map((t, i) => [t, rows[i]])) as Omit<LibraryData, 'bodies'>;
  });
}

/**
 * Apply an import plan: every table's writes in one transaction, so the import happens whole
 * or not at all (a quota error or a crash leaves the library as it was). Imported articles
 * are queued for the search index in the same transaction.
 */
export async function applyImport(db: DossierDB, plan: ImportPlan): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction('rw', [...TABLES.map((t) => db.table(t)), db.searchQueue], async () => {
    for (const table of TABLES) {
      const rows = plan.puts[table];
      if (rows.length) await db.table(table).bulkPut(rows);
    }
    await db.searchQueue.bulkPut(plan.puts.articles.map((a) => ({ articleId: a.id, queuedAt: now })));
  });
}
