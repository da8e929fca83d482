/**
 * What every export format reads: the live clips of a backup in reading order, each with its
 * live highlights, the entities it mentions (merges followed) and its collections. Tombstones
 * stay in the JSON backup only.
 */
import { compareStrings } from '../backup/canonical';
import type { AnnotationRecord, ArticleBody, ArticleRecord, CollectionRecord, EntityRecord, MentionRecord } from '../backup/records';
import type { Backup } from '../backup/types';

/** One clip with everything shown alongside it. */
export type ClipView = {
  article: ArticleRecord;
  /** Its text and HTML, when the backup has them. */
  body: ArticleBody | undefined;
  /** Live highlights, in text order. */
  annotations: AnnotationRecord[];
  /** Entities mentioned in the clip or tagged on its highlights, merges followed, by type then name. */
  entities: EntityRecord[];
  /** Live mentions (their entity ids as stored: resolve with `view.entity`). */
  mentions: MentionRecord[];
  /** Live collections the clip is in. */
  collections: CollectionRecord[];
};

/** A backup prepared for export. */
export type ExportView = {
  backup: Backup;
  /** The clips, oldest publication first (undated ones last, by clip time). */
  clips: ClipView[];
  /** The live entity an id stands for, merges followed, or undefined. */
  entity(id: string): EntityRecord | undefined;
  /** The exported collection, for a collection scope. */
  collection: CollectionRecord | undefined;
};

const ENTITY_ORDER = { official: 0, project: 1, organization: 2, place: 3 } as const;

/** Prepare `backup` for the export formats. */
export function buildView(backup: Backup): ExportView {
  const entities = new Map(backup.entities.map((e) => [e.id, e]));
  const entity = (id: string): EntityRecord | undefined => {
    let e = entities.get(id);
    // Merge chains are short; the bound only guards against a cycle in hand-made data.
    for (let hops = 0; e?.mergedInto && hops < 16; hops++) e = entities.get(e.mergedInto);
    return e && !e.deletedAt && !e.mergedInto ? e : undefined;
  };
  const bodies = new Map(backup.bodies.map((b) => [b.id, b]));
  const collections = new Map(backup.collections.filter((c) => !c.deletedAt).map((c) => [c.id, c]));
  const annotations = groupBy(backup.annotations.filter((a) => !a.deletedAt), (a) => a.articleId);
  const mentions = groupBy(backup.mentions.filter((m) => !m.deletedAt), (m) => m.articleId);
  const memberships = groupBy(backup.memberships.filter((m) => !m.deletedAt), (m) => m.articleId);

  const clips = backup.articles
    .filter((a) => !a.deletedAt)
    .map((article): ClipView => {
      const own = (annotations.get(article.id) ?? []).sort((x, y) => x.selectors.position.start - y.selectors.position.start);
      const said = mentions.get(article.id) ?? [];
      const ids = new Set([...said.map((m) => m.entityId), ...own.flatMap((a) => a.entityIds)]);
      return {
        article,
        body: bodies.get(article.id),
        annotations: own,
        entities: uniqueEntities([...ids].map(entity)),
        mentions: said,
        collections: (memberships.get(article.id) ?? []).map((m) => collections.get(m.collectionId)).filter((c): c is CollectionRecord => !!c),
      };
    })
    .sort(byPublication);
  const scope = backup.scope;
  return { backup, clips, entity, collection: scope.kind === 'collection' ? collections.get(scope.collectionId) : undefined };
}

/** Distinct live entities, by type then name. */
export function uniqueEntities(list: Array<EntityRecord | undefined>): EntityRecord[] {
  const byId = new Map(list.filter((e): e is EntityRecord => !!e).map((e) => [e.id, e]));
  return [...byId.values()].sort((a, b) => ENTITY_ORDER[a.type] - ENTITY_ORDER[b.type] || a.name.localeCompare(b.name, 'vi') || compareStrings(a.id, b.id));
}

function byPublication(x: ClipView, y: ClipView): number {
  const time = (c: ClipView) => (c.article.publishedAt ? Date.parse(c.article.publishedAt) : Number.POSITIVE_INFINITY);
  return time(x) - time(y) || compareStrings(x.article.clippedAt, y.article.clippedAt) || compareStrings(x.article.id, y.article.id);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
