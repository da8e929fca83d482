/**
 * Referential checks on a backup whose shape is valid: ids unique per table, and every
 * reference (a highlight's article, a mention's entity, a merge target…) present in the
 * file, so that applying it can never leave a dangling record.
 */
import { TABLES, type Backup } from './types';

/** The first problem found, as a sentence naming the record and field, or null when the file is consistent. */
export function checkReferences(backup: Backup): string | null {
  const ids = {} as Record<(typeof TABLES)[number], Set<string>>;
  for (const table of TABLES) {
    const seen = new Set<string>();
    const records = backup[table] as Array<{ id: string }>;
    for (let i = 0; i < records.length; i++) {
      const id = records[i]!.id;
      if (seen.has(id)) return `${table}[${i}] has the id ${id}, which an earlier record of ${table} already has.`;
      seen.add(id);
    }
    ids[table] = seen;
  }
  const missing = (table: string, i: number, id: string, field: string, target: string, value: string) =>
    `${table}[${i}] (id ${id}): its ${field} ${value} matches no ${target} in the file.`;

  for (const [i, b] of backup.bodies.entries()) {
    if (!ids.articles.has(b.id)) return `bodies[${i}] (id ${b.id}) belongs to no article in the file.`;
  }
  const pairs = new Set<string>();
  for (const [i, m] of backup.memberships.entries()) {
    if (!ids.collections.has(m.collectionId)) return missing('memberships', i, m.id, 'collectionId', 'collection', m.collectionId);
    if (!ids.articles.has(m.articleId)) return missing('memberships', i, m.id, 'articleId', 'article', m.articleId);
    const pair = `${m.collectionId}/${m.articleId}`;
    if (pairs.has(pair)) return `memberships[${i}] (id ${m.id}) puts article ${m.articleId} in collection ${m.collectionId} a second time.`;
    pairs.add(pair);
  }
  const annotationArticle = new Map(backup.annotations.map((a) => [a.id, a.articleId]));
  for (const [i, a] of backup.annotations.entries()) {
    if (!ids.articles.has(a.articleId)) return missing('annotations', i, a.id, 'articleId', 'article', a.articleId);
    const entity = a.entityIds.find((e) => !ids.entities.has(e));
    if (entity) return missing('annotations', i, a.id, 'entityIds entry', 'entity', entity);
  }
  for (const [i, e] of backup.entities.entries()) {
    if (e.mergedInto === e.id) return `entities[${i}] (id ${e.id}) is merged into itself.`;
    if (e.mergedInto && !ids.entities.has(e.mergedInto)) return missing('entities', i, e.id, 'mergedInto', 'entity', e.mergedInto);
  }
  for (const [i, m] of backup.mentions.entries()) {
    if (!ids.entities.has(m.entityId)) return missing('mentions', i, m.id, 'entityId', 'entity', m.entityId);
    if (!ids.articles.has(m.articleId)) return missing('mentions', i, m.id, 'articleId', 'article', m.articleId);
    if (m.annotationId !== null) {
      const article = annotationArticle.get(m.annotationId);
      if (article === undefined) return missing('mentions', i, m.id, 'annotationId', 'highlight', m.annotationId);
      if (article !== m.articleId) return `mentions[${i}] (id ${m.id}): its highlight ${m.annotationId} belongs to another article than ${m.articleId}.`;
    }
  }
  return mergeCycle(backup);
}

function mergeCycle(backup: Backup): string | null {
  const next = new Map(backup.entities.map((e) => [e.id, e.mergedInto]));
  for (const e of backup.entities) {
    const seen = new Set<string>();
    for (let id: string | null | undefined = e.id; id; id = next.get(id)) {
      if (seen.has(id)) return `The entity ${e.id} is merged in a circle (through ${id}).`;
      seen.add(id);
    }
  }
  return null;
}
