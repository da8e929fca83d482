/** What `planImport` returns: the writes to apply in one transaction, and everything the analyst should be told. */
import type { LibraryData, TableName } from './types';

/** The current library as the planner sees it. Bodies are not needed: a body follows its article's outcome. */
export type ExistingLibrary = Omit<LibraryData, 'bodies'>;

/** How an incoming record was recognised as an existing record with another id. */
export type MatchReason =
  /** An article under a URL key (address, canonical address) the existing one has. */
  | 'url'
  /** An article with the same content hash on the same site (the page moved). */
  | 'content-hash'
  /** An entity of the same type whose folded name is the same. */
  | 'name'
  /** A highlight of the same article at the same place with the same quote. */
  | 'quote'
  /** A membership of the same clip in the same collection, or a mention of the same entity in the same place. */
  | 'pair';

/** An incoming record stored under an existing record's id; records that referred to it are re-pointed. */
export type Remap = { table: TableName; incomingId: string; existingId: string; by: MatchReason };

/** A record present on both sides with different content: the newer `updatedAt` won, the other version is reported here. */
export type ImportConflict = {
  table: TableName;
  /** The record's id in the library after the import. */
  id: string;
  /** Its id in the backup (differs from `id` when it was matched by URL, name, quote or pair). */
  incomingId: string;
  /** Which version is in the library after the import. */
  kept: 'existing' | 'incoming';
  /** Why that version was kept (on equal times the library keeps its own). */
  reason: 'incoming-newer' | 'existing-newer' | 'same-time';
  /** The fields whose values differ (ids, timestamps and merged histories left out). */
  fields: string[];
  /** The library's version before the import. */
  existing: unknown;
  /** The backup's version, with its references re-pointed. */
  incoming: unknown;
};

/** Counts per table. */
export type TableStats = {
  /** New records. */
  added: number;
  /** Existing records replaced or extended. */
  updated: number;
  /** Records already present, identical. */
  unchanged: number;
  /** Incoming versions that lost to the library's (reported as conflicts). */
  kept: number;
  /** Incoming records recognised under another id (see `remapped`). */
  matched: number;
};

/** The plan: apply `puts` with one bulkPut per table inside one transaction, in TABLES order. */
export type ImportPlan = {
  /** Records to write, per table; each replaces the record with its id. */
  puts: LibraryData;
  /** Every record whose two versions differed. */
  conflicts: ImportConflict[];
  /** Every incoming record stored under another id. */
  remapped: Remap[];
  /** Counts per table. */
  stats: Record<TableName, TableStats>;
};
