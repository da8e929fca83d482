/**
 * The backup format: Dossier's lossless, versioned JSON export (documented in
 * docs/backup-format.md). Every other export format is computed from a Backup.
 */
import type {
  AnnotationRecord,
  ArticleBody,
  ArticleRecord,
  CollectionRecord,
  EntityRecord,
  MembershipRecord,
  MentionRecord,
} from './records';

/** The `format` field every backup carries. */
export const BACKUP_FORMAT = 'dossier-backup';
/** The version this code writes and the newest it reads. */
export const BACKUP_VERSION = 1;
/**
 * Files above this size are refused before they are read or parsed (512 MiB). A clip of about
 * 1,500 words takes about 24 KB, so a 10,000-clip library's backup is about 240 MB: the limit
 * must leave room for the analyst's own library, while a bigger (or hostile) file is refused
 * before it is read into memory at all.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/** Every stored table, in the order a backup lists them and an import applies them. */
export type LibraryData = {
  articles: ArticleRecord[];
  bodies: ArticleBody[];
  collections: CollectionRecord[];
  memberships: MembershipRecord[];
  annotations: AnnotationRecord[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
};

/** Names of the tables a backup carries. */
export type TableName = keyof LibraryData;

/** The tables in their canonical order. */
export const TABLES: readonly TableName[] = ['articles', 'bodies', 'collections', 'memberships', 'annotations', 'entities', 'mentions'];

/** What a backup holds: the whole library, one collection, or the clips of a search. */
export type BackupScope =
  | { kind: 'library' }
  | {
      kind: 'collection';
      /** The exported collection's id (its record is in `collections`). */
      collectionId: string;
    }
  | {
      kind: 'search';
      /** The search as the analyst typed it, for the record. */
      query: string;
    };

/** What to export: a scope, plus the matching article ids for a search (the library page computes them). */
export type ScopeRequest =
  | { kind: 'library' }
  | { kind: 'collection'; collectionId: string }
  | { kind: 'search'; query: string; articleIds: Iterable<string> };

/** A backup file's content. */
export type Backup = {
  /** Always "dossier-backup". */
  format: typeof BACKUP_FORMAT;
  /** The format version (1). */
  version: number;
  /** When the backup was made (ISO 8601, UTC): the only field that differs between two backups of the same data. */
  exportedAt: string;
  /** What the backup holds. */
  scope: BackupScope;
} & LibraryData;
