/** Entity suggestions detected in an article's text (the `suggestions` field of the extract command). */

/** An official named in the article, with the positions the article gives them. */
export type OfficialSuggestion = {
  /** The name as written (NFC). */
  name: string;
  /** Positions as written, case kept ("Bí thư Tỉnh ủy"); "nguyên" (former) kept on the position. */
  positions: string[];
  /** A military or police rank ("Đại tá"), which is not a position, or null. */
  rank?: string | null;
};

/** A project named in the article ("Dự án …", "công trình …"). */
export type ProjectSuggestion = {
  /** The project's name as written (NFC). */
  name: string;
};

/** An amount of money ("60 triệu đồng", "1.234,5 tỷ đồng", "2 triệu USD"). */
export type AmountSuggestion = {
  /** The number and unit as written, without "hơn", "gần", "trên". */
  text: string;
  /** Value in currency units (an integer). */
  value: number;
  /** ISO currency code. */
  currency: 'VND' | 'USD';
};

/** Everything suggested for one article. */
export type Suggestions = {
  officials: OfficialSuggestion[];
  projects: ProjectSuggestion[];
  amounts: AmountSuggestion[];
};

/** Kinds of entity (the same as EntityRecord.type in src/db). */
export type EntityKind = 'official' | 'project' | 'organization' | 'place';

/**
 * An entity as the recognisers need it: the subset of EntityRecord they read, so that records
 * from the database can be passed as they are.
 */
export type KnownEntity = {
  /** The entity's id. */
  id: string;
  /** What kind of entity it is. */
  type: EntityKind;
  /** Name as first seen (NFC). */
  name: string;
  /** Other spellings and names. */
  aliases?: readonly string[];
  /** Folded name and aliases (EntityRecord.keys); computed from name and aliases when absent. */
  keys?: readonly string[];
  /** The entity this one was merged into, if any: matches are credited to that one. */
  mergedInto?: string | null;
  /** Tombstone: deleted entities are never matched. */
  deletedAt?: string | null;
};

/** Where a known entity appears in a text. */
export type KnownMatch = {
  /** The entity found (the survivor, if the matched one was merged into another). */
  entityId: string;
  /** Its kind. */
  type: EntityKind;
  /** Start offset in the searched text (UTF-16 code units). */
  start: number;
  /** End offset (exclusive) in the searched text. */
  end: number;
  /** The text as written there (NFC). */
  text: string;
  /** The folded key that matched. */
  key: string;
};
