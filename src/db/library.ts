/**
 * The library page's queries: a page of clips for a search and filters, with each clip's
 * highlight count and entities. The first screen (no search, no filter) reads only one
 * page of the clippedAt index; filters narrow through their own indexes.
 */
import { fold } from '../core/text/fold';
import type { DossierDB } from './db';
import { searchArticleIds } from './search';
import { byArticle } from './by-article';
import type { AnnotationRecord, ArticleRecord, EntityRecord } from './types';
import { mentionsOf, mentionsOfEntity } from './mentions';

/** What the analyst asked for. Every field is optional; all given ones must hold. */
export type LibraryQuery = {
  /** Words to search for in titles and texts (accents ignored, word prefixes match). */
  text?: string;
  collectionId?: string;
  entityId?: string;
  /** A tag on the clip or on one of its highlights. */
  tag?: string;
  site?: string;
  /** Published (or, when unknown, clipped) on or after this day (YYYY-MM-DD). */
  from?: string;
  /** Published (or clipped) on or before this day (YYYY-MM-DD). */
  to?: string;
};

/** A clip as the library lists it; the highlight count and entities come a moment later (see `decorateRows`). */
export type LibraryRow = ArticleRecord & {
  /** Live highlights on the clip (undefined until decorated). */
  highlightCount?: number;
  /** Entities mentioned in the clip (undefined until decorated). */
  entities?: Pick<EntityRecord, 'id' | 'name' | 'type'>[];
};

/** One page of results. `total` is null when counting would cost more than the page (unfiltered library). */
export type LibraryPage = { rows: LibraryRow[]; total: number | null; ids: string[] | null };

const live = <T extends { deletedAt: string | null }>(r: T | undefined): r is T => !!r && !r.deletedAt;

/** The day an article counts for in date filters: its published day, else its clip day. */
function dayOf(a: ArticleRecord): string {
  return (a.publishedAt ?? a.clippedAt).slice(0, 10);
}

/** Ids matching every set filter except dates, in result order, or null when no such filter is set. */
async function candidateIds(db: DossierDB, q: LibraryQuery): Promise<string[] | null> {
  const sets: string[][] = [];
  if (q.text?.trim()) sets.push(await searchArticleIds(db, q.text));
  if (q.collectionId) sets.push((await db.memberships.where('collectionId').equals(q.collectionId).filter(live).toArray()).map((m) => m.articleId));
  if (q.entityId) sets.push((await mentionsOfEntity(db, q.entityId)).filter(live).map((m) => m.articleId));
  if (q.site) sets.push(await db.articles.where('siteName').equals(q.site).primaryKeys());
  if (q.tag) {
    const onClips = await db.articles.where('tags').equals(q.tag).primaryKeys();
    const onHighlights = (await db.annotations.where('tags').equals(q.tag).filter(live).toArray()).map((a) => a.articleId);
    sets.push([...onClips, ...onHighlights]);
  }
  if (!sets.length) return null;
  // The first set keeps its order (search results are ranked); the others only filter.
  const [first, ...rest] = sets as [string[], ...string[][]];
  const keep = rest.map((s) => new Set(s));
  return [...new Set(first)].filter((id) => keep.every((s) => s.has(id)));
}

/**
 * Highlight counts and entities for a page of clips. Kept out of `queryLibrary` so the list
 * can be drawn first: on 10,000 clips these ~100 lookups took as long as the list itself.
 */
export async function decorateRows(db: DossierDB, articles: ArticleRecord[]): Promise<LibraryRow[]> {
  const ids = articles.map((a) => a.id);
  // One read transaction: inside one, byArticle's lookups go straight to IndexedDB.
  const [annotations, mentions] = await db.transaction('r', db.annotations, db.articleMentions, () =>
    Promise.all([byArticle<AnnotationRecord>(db.annotations, ids).then((rows) => rows.filter(live)), mentionsOf(db, ids).then((rows) => rows.filter(live))]),
  );
  const entities = new Map((await db.entities.bulkGet([...new Set(mentions.map((m) => m.entityId))])).filter(live).map((e) => [e.id, e]));
  return articles.map((a) => ({
    ...a,
    highlightCount: annotations.filter((h) => h.articleId === a.id).length,
    entities: [...new Set(mentions.filter((m) => m.articleId === a.id).map((m) => m.entityId))]
      .map((id) => entities.get(id))
      .filter((e): e is EntityRecord => !!e)
      .map(({ id, name, type }) => ({ id, name, type })),
  }));
}

/** A page of the library for `q`, `offset` clips in. */
export async function queryLibrary(db: DossierDB, q: LibraryQuery, offset = 0, limit = 50): Promise<LibraryPage> {
  const ids = await candidateIds(db, q);
  const dated = !!(q.from || q.to);
  const inRange = (a: ArticleRecord) => (!q.from || dayOf(a) >= q.from) && (!q.to || dayOf(a) <= q.to);
  if (ids === null) {
    // No index narrows the set: walk the clippedAt index newest first, one page at a time.
    const rows = await db.articles.orderBy('clippedAt').reverse().filter((a) => live(a) && inRange(a)).offset(offset).limit(limit).toArray();
    return { rows, total: null, ids: null };
  }
  let matching = ids;
  if (dated || !q.text?.trim()) {
    // Filtered sets are small enough to load, so they can be sorted by clip time and date-filtered.
    const articles = (await db.articles.bulkGet(ids)).filter(live).filter(inRange);
    if (!q.text?.trim()) articles.sort((a, b) => (a.clippedAt < b.clippedAt ? 1 : -1));
    matching = articles.map((a) => a.id);
  }
  const page = (await db.articles.bulkGet(matching.slice(offset, offset + limit))).filter(live);
  return { rows: page, total: matching.length, ids: matching };
}

/** Number of live clips (two index counts: null deletedAt is not indexed, so the index holds only tombstones). */
export async function countLibrary(db: DossierDB): Promise<number> {
  const [all, deleted] = await Promise.all([db.articles.count(), db.articles.where('deletedAt').above('').count()]);
  return all - deleted;
}

/**
 * The sites and tags the filters offer: each one that at least one live clip (or a live highlight
 * on one) still has. The indexes keep a deleted clip's site and tags, and a deleted highlight's
 * tags; offering those would filter down to nothing. Only what a tombstone could have left
 * behind is checked, each with a cursor that stops at the first live record.
 */
export async function libraryFacets(db: DossierDB): Promise<{ sites: string[]; tags: string[] }> {
  const [sites, clipTags, highlightTags, deleted] = await Promise.all([
    db.articles.orderBy('siteName').uniqueKeys() as Promise<string[]>,
    db.articles.orderBy('tags').uniqueKeys() as Promise<string[]>,
    db.annotations.orderBy('tags').uniqueKeys() as Promise<string[]>,
    // The deletedAt index holds only tombstones (null is not indexed): usually none or a few.
    db.articles.where('deletedAt').above('').toArray(),
  ]);
  const gone = new Set(deleted.map((a) => a.id));
  const doubtfulSites = new Set(deleted.map((a) => a.siteName));
  const doubtfulTags = new Set(deleted.flatMap((a) => a.tags));
  const keep = async (keys: string[], doubtful: (key: string) => boolean, live: (key: string) => Promise<unknown>) => {
    const kept = await Promise.all(keys.map(async (key) => !doubtful(key) || !!(await live(key))));
    return keys.filter((_, i) => kept[i]);
  };
  const [liveSites, liveClipTags, liveHighlightTags] = await Promise.all([
    keep(sites, (s) => doubtfulSites.has(s), (s) => db.articles.where('siteName').equals(s).filter(live).first()),
    keep(clipTags, (t) => doubtfulTags.has(t), (t) => db.articles.where('tags').equals(t).filter(live).first()),
    keep(highlightTags, () => true, (t) => db.annotations.where('tags').equals(t).filter((h) => !h.deletedAt && !gone.has(h.articleId)).first()),
  ]);
  const byName = (a: string, b: string) => fold(a).localeCompare(fold(b));
  return { sites: liveSites.sort(byName), tags: [...new Set([...liveClipTags, ...liveHighlightTags])].sort(byName) };
}
