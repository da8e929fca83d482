/**
 * Schema versions, appended and never edited: a released version is what users'
 * databases are at. Each later version names its upgrade function (in ./upgrades)
 * and has a test that opens the previous version with data in it.
 */
import type { Transaction } from 'dexie';
import { enqueueAllArticles } from './upgrades/v3-search-index';
import { packSearchIndex } from './upgrades/v6-packed-search';
import { packMentions } from './upgrades/v7-article-mentions';

/** One schema version: its tables and, when data must change, the upgrade that gets it there. */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
};

export const SCHEMA: readonly SchemaVersion[] = [
  // v1: articles (metadata, looked up by every URL key), bodies (text and HTML), collections and memberships.
  {
    version: 1,
    stores: {
      articles: 'id, *urlKeys, clippedAt, updatedAt, publishedAt, siteName, *tags',
      bodies: 'id',
      collections: 'id, name, updatedAt',
      memberships: 'id, collectionId, articleId, &[collectionId+articleId]',
    },
  },
  // v2: highlights (W3C annotations), entities, their mentions in articles, and dismissed suggestions.
  {
    version: 2,
    stores: {
      annotations: 'id, articleId, updatedAt, *tags, *entityIds',
      entities: 'id, type, *keys, updatedAt',
      mentions: 'id, entityId, articleId, annotationId, [entityId+articleId], publishedAt',
      dismissals: 'id, articleId',
    },
  },
  // v3: the full-text search index (src/db/search.ts); existing articles are queued for indexing.
  {
    version: 3,
    stores: {
      searchDocs: 'docNo, &articleId',
      searchPostings: '[term+chunk]',
      searchQueue: 'articleId',
      searchMeta: 'key',
    },
    upgrade: enqueueAllArticles,
  },
  // v4: tombstones indexed (only deleted records have a deletedAt key), so live counts need no scan.
  {
    version: 4,
    stores: {
      articles: 'id, *urlKeys, clippedAt, updatedAt, publishedAt, siteName, *tags, deletedAt',
      memberships: 'id, collectionId, articleId, &[collectionId+articleId], [collectionId+deletedAt]',
    },
  },
  // v5: indexes nothing queries are dropped (every index costs each write: importing 10,000 clips
  // wrote 30,000 mentions at ~0.14 ms a record and ~0.06 ms more per index). A lookup by the
  // first part of a compound index (mentions by entityId, memberships by collectionId) is served
  // by the compound index itself (Dexie's virtual indexes).
  {
    version: 5,
    stores: {
      articles: 'id, *urlKeys, clippedAt, siteName, *tags, deletedAt',
      collections: 'id, name',
      memberships: 'id, articleId, &[collectionId+articleId], [collectionId+deletedAt]',
      annotations: 'id, articleId, *tags, *entityIds',
      entities: 'id, type, *keys',
      mentions: 'id, articleId, annotationId, [entityId+articleId]',
    },
  },
  // v6: the search index packed into fewer records (IndexedDB's cost is per record: importing
  // 10,000 clips wrote ~37,000 index rows, one per term and chunk and one per document): one
  // row per three-letter bucket and chunk, one row per chunk of document numbers. The old
  // index is converted, not rebuilt. Mentions lose the annotationId index: the one lookup by
  // highlight goes through the article's few mentions instead (30,000 index entries fewer).
  {
    version: 6,
    stores: {
      searchDocs: null,
      searchPostings: null,
      searchDocRows: 'chunk',
      searchRows: '[bucket+chunk]',
      mentions: 'id, articleId, [entityId+articleId]',
    },
    upgrade: packSearchIndex,
  },
  // v7: mentions stored one row per article, with every entity of the row in a multiEntry
  // index (IndexedDB's cost is per record: importing 10,000 clips wrote 30,000 mention records
  // in ~5.9 s, the same mentions as 10,000 rows in ~2.2 s). Mentions stay records of their own
  // inside the row; db/mentions.ts reads and writes them.
  {
    version: 7,
    stores: {
      mentions: null,
      articleMentions: 'articleId, *entityIds',
    },
    upgrade: packMentions,
  },
];
