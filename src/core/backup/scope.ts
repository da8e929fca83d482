/** Which records a scoped backup (one collection, a search result) carries: the clips and everything they reference. */
import type { LibraryData, ScopeRequest } from './types';

/**
 * The part of `data` a scope covers. The library scope is everything, tombstones included.
 * A collection or search scope takes its articles, their bodies, annotations and mentions
 * (tombstones included, so a merge can propagate deletions), the entities those reference
 * (following `mergedInto`), and for a collection its record and memberships.
 */
export function selectScope(data: LibraryData, scope: ScopeRequest): LibraryData {
  if (scope.kind === 'library') return data;
  const articleIds = new Set<string>();
  const collectionIds = new Set<string>();
  if (scope.kind === 'collection') {
    collectionIds.add(scope.collectionId);
    for (const m of data.memberships) if (m.collectionId === scope.collectionId && !m.deletedAt) articleIds.add(m.articleId);
  } else {
    for (const id of scope.articleIds) articleIds.add(id);
  }
  const articles = data.articles.filter((a) => articleIds.has(a.id));
  const present = new Set(articles.map((a) => a.id));
  const annotations = data.annotations.filter((a) => present.has(a.articleId));
  const mentions = data.mentions.filter((m) => present.has(m.articleId));
  return {
    articles,
    bodies: data.bodies.filter((b) => present.has(b.id)),
    collections: data.collections.filter((c) => collectionIds.has(c.id)),
    memberships: data.memberships.filter((m) => collectionIds.has(m.collectionId) && present.has(m.articleId)),
    annotations,
    entities: referencedEntities(data, annotations, mentions),
    mentions,
  };
}

function referencedEntities(data: LibraryData, annotations: LibraryData['annotations'], mentions: LibraryData['mentions']): LibraryData['entities'] {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const wanted = new Set<string>();
  const queue = [...annotations.flatMap((a) => a.entityIds), ...mentions.map((m) => m.entityId)];
  // Follow merges so that a tag on a merged entity still resolves to the entity it became.
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (wanted.has(id)) continue;
    wanted.add(id);
    const next = byId.get(id)?.mergedInto;
    if (next) queue.push(next);
  }
  return data.entities.filter((e) => wanted.has(e.id));
}
