/** The Dexie database: one class, typed tables, versions from ./schema. Lives at the extension's origin only. */
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import { SCHEMA } from './schema';
import type {
  AnnotationRecord,
  ArticleBody,
  ArticleRecord,
  CollectionRecord,
  DismissalRecord,
  EntityRecord,
  MembershipRecord,
  ArticleMentions,
  SearchDocRow,
  SearchMeta,
  SearchQueueEntry,
  SearchRow,
} from './types';

import { DB_NAME } from './name';

export { DB_NAME };

export class DossierDB extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  bodies!: Table<ArticleBody, string>;
  collections!: EntityTable<CollectionRecord, 'id'>;
  memberships!: EntityTable<MembershipRecord, 'id'>;
  annotations!: EntityTable<AnnotationRecord, 'id'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  /** Mentions, a row per article: read and write them through ./mentions. */
  articleMentions!: Table<ArticleMentions, string>;
  dismissals!: EntityTable<DismissalRecord, 'id'>;
  searchDocRows!: Table<SearchDocRow, number>;
  searchRows!: Table<SearchRow, [string, number]>;
  searchQueue!: Table<SearchQueueEntry, string>;
  searchMeta!: Table<SearchMeta, string>;

  /** `options` lets tests pass fake-indexeddb; `upTo` opens an older version (migration tests). */
  constructor(name = DB_NAME, options?: DexieOptions, upTo = Infinity) {
    super(name, options);
    for (const v of SCHEMA) {
      if (v.version > upTo) break;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}
