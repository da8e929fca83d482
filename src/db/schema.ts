/**
 * Schema versions, appended and never edited: a released version is what users'
 * databases are at. Each later version names its upgrade function (in ./upgrades)
 * and has a test that opens the previous version with data in it.
 */
import type { Transaction } from 'dexie';

/** One schema version: its tables and, when data must change, the upgrade that gets it there. */
export type SchemaVersion = {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
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
];
