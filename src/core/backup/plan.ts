/**
 * Import planning: how a backup goes into a library, empty or full. Pure: the lead's data
 * layer applies `puts` in one Dexie transaction. Records match by id, then articles by URL
 * key and same-site content hash, entities by type and folded name, highlights by quote and
 * place, memberships and mentions by what they link. The newer `updatedAt` wins, every
 * difference is reported, and records that pointed at a matched record are re-pointed.
 */
import type { RecordBase } from './records';
import { planArticles } from './plan-articles';
import { annotationKeys, articleKeys, best, entityKeys, membershipKeys, mentionKeys } from './plan-keys';
import type { ExistingLibrary, ImportConflict, ImportPlan, MatchReason, Remap, TableStats } from './plan-types';
import { settle, type SettleContext } from './settle';
import { TABLES, type Backup, type TableName } from './types';
import { WorkingTable } from './working-table';

export type { ExistingLibrary, ImportConflict, ImportPlan, MatchReason, Remap, TableStats } from './plan-types';

/** Plan the import of `incoming` into `existing` (pass empty tables to plan a restore). */
export function planImport(existing: ExistingLibrary, incoming: Backup): ImportPlan {
  const stats = Object.fromEntries(TABLES.map((t) => [t, { added: 0, updated: 0, unchanged: 0, kept: 0, matched: 0 }])) as Record<TableName, TableStats>;
  const conflicts: ImportConflict[] = [];
  const remapped: Remap[] = [];
  const out = (table: TableName) => ({ conflicts, remapped, stats: stats[table] });

  const articles = new WorkingTable(existing.articles, articleKeys);
  const collections = new WorkingTable(existing.collections);
  const entities = new WorkingTable(existing.entities, entityKeys);
  const annotations = new WorkingTable(existing.annotations, annotationKeys);
  const memberships = new WorkingTable(existing.memberships, membershipKeys);
  const mentions = new WorkingTable(existing.mentions, mentionKeys);

  const art = planArticles(articles, incoming.articles, incoming.bodies, { ...out('articles'), bodyStats: stats.bodies });
  const a = (id: string) => art.ids.get(id) ?? id;
  const col = planTable('collections', collections, incoming.collections, (r) => r, null, out('collections'));
  const c = (id: string) => col.get(id) ?? id;
  // Entities are matched before any is settled: merge targets and highlight tags need the whole map.
  const ent = matchAll('entities', entities, incoming.entities, (r) => r, 'name', 'id-first', out('entities'));
  const e = (id: string) => ent.get(id) ?? id;
  settleAll('entities', entities, incoming.entities, (r) => ({ ...r, mergedInto: r.mergedInto && e(r.mergedInto) }), ent, out('entities'));
  const ann = planTable('annotations', annotations, incoming.annotations, (r) => ({ ...r, articleId: a(r.articleId), entityIds: [...new Set(r.entityIds.map(e))] }), 'quote', out('annotations'));
  planTable('memberships', memberships, incoming.memberships, (r) => ({ ...r, collectionId: c(r.collectionId), articleId: a(r.articleId) }), 'pair', out('memberships'), 'key-first');
  const n = (id: string | null) => (id === null ? null : (ann.get(id) ?? id));
  // A mention stays in the article it was made in (the library stores mentions inside their
  // article's row): one matched by id but pointing elsewhere keeps its place, reported as a conflict.
  const stay: SettleContext['combine'] = (winner) => ({ ...winner, articleId: mentions.get(winner.id as string)?.articleId ?? winner.articleId });
  planTable('mentions', mentions, incoming.mentions, (r) => ({ ...r, entityId: e(r.entityId), articleId: a(r.articleId), annotationId: n(r.annotationId) }), 'pair', { ...out('mentions'), combine: stay });

  return {
    puts: {
      articles: [...articles.changed.values()],
      bodies: art.bodies,
      collections: [...collections.changed.values()],
      memberships: [...memberships.changed.values()],
      annotations: [...annotations.changed.values()],
      entities: [...entities.changed.values()],
      mentions: [...mentions.changed.values()],
    },
    conflicts,
    remapped,
    stats,
  };
}

type Out = { conflicts: ImportConflict[]; remapped: Remap[]; stats: TableStats; combine?: SettleContext['combine'] };

/** Match then settle each incoming record; returns incoming id → library id. */
function planTable<T extends RecordBase>(
  table: TableName,
  work: WorkingTable<T>,
  incoming: readonly T[],
  repoint: (r: T) => T,
  by: MatchReason | null,
  out: Out,
  order: 'id-first' | 'key-first' = 'id-first',
): Map<string, string> {
  // Matching one record at a time lets a later record match one this import added.
  const ids = new Map<string, string>();
  for (const record of incoming) {
    for (const [from, to] of matchAll(table, work, [record], repoint, by, order, out)) ids.set(from, to);
    settleAll(table, work, [record], repoint, ids, out);
  }
  return ids;
}

function matchAll<T extends RecordBase>(
  table: TableName,
  work: WorkingTable<T>,
  incoming: readonly T[],
  repoint: (r: T) => T,
  by: MatchReason | null,
  order: 'id-first' | 'key-first',
  out: Out,
): Map<string, string> {
  const ids = new Map<string, string>();
  for (const record of incoming) {
    const moved = repoint(record);
    const byKey = () => (by ? best(work.keysFor(moved).flatMap((k) => work.lookup(k))) : undefined);
    const match = order === 'id-first' ? (work.get(record.id) ?? byKey()) : (byKey() ?? work.get(record.id));
    const target = match?.id ?? record.id;
    if (target !== record.id && by) {
      out.remapped.push({ table, incomingId: record.id, existingId: target, by });
      out.stats.matched++;
    }
    ids.set(record.id, target);
  }
  return ids;
}

function settleAll<T extends RecordBase>(table: TableName, work: WorkingTable<T>, incoming: readonly T[], repoint: (r: T) => T, ids: Map<string, string>, out: Out): void {
  for (const record of incoming) {
    settle(table, work, { ...repoint(record), id: ids.get(record.id) ?? record.id }, record.id, out);
  }
}
