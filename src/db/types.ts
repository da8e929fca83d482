import type { Selectors } from '../core/anchoring/types';

/**
 * Stored records. Every record has a string UUID id, ISO-8601 UTC `createdAt`/`updatedAt`,
 * and a `deletedAt` tombstone (null while alive), so a sync engine can be added later
 * without reshaping data.
 */

/** Fields every stored record carries. */
export type RecordBase = {
  /** A random UUID. */
  id: string;
  /** When the record was first written (ISO 8601, UTC). */
  createdAt: string;
  /** When the record last changed (ISO 8601, UTC). */
  updatedAt: string;
  /** When the record was deleted (a tombstone), or null. */
  deletedAt: string | null;
};

/** Metadata fields the analyst may correct; a corrected field is kept when the page is clipped again. */
export type EditableField = 'title' | 'siteName' | 'author' | 'publishedAt';

/** One time the article was clipped. */
export type Capture = {
  /** When it was clipped (ISO 8601, UTC). */
  capturedAt: string;
  /** SHA-256 of the text captured then. */
  contentHash: string;
  /** The address it was clipped from. */
  url: string;
  /** Word count of the text captured then. */
  wordCount: number;
};

/** A clipped article's metadata. Its text and HTML live in `bodies` under the same id, so lists stay light. */
export type ArticleRecord = RecordBase & {
  /** Address of the page when last clipped (without fragment). */
  url: string;
  /** The canonical address the page declares, or null. */
  canonicalUrl: string | null;
  /** Normalized keys of every address the article was seen under: the duplicate check looks these up. */
  urlKeys: string[];
  /** Headline (NFC). */
  title: string;
  /** Publication name, or null. */
  siteName: string | null;
  /** Authors for display, joined with ", ", or null. */
  author: string | null;
  /** Every author, in page order. */
  authors: string[];
  /** Publication time, ISO 8601 with its offset, or null. */
  publishedAt: string | null;
  /** Page language (BCP 47, lowercase), or null. */
  lang: string | null;
  /** Short summary, or null. */
  excerpt: string | null;
  /** Words in the stored text. */
  wordCount: number;
  /** SHA-256 (hex) of the stored text. */
  contentHash: string;
  /** When it was last clipped (ISO 8601, UTC). */
  clippedAt: string;
  /** Every clip of this article, oldest first. */
  captures: Capture[];
  /** Metadata fields the analyst corrected by hand. */
  editedFields: EditableField[];
  /** The analyst's free tags on the clip (NFC). */
  tags: string[];
};

/** The body of an article: kept apart from its metadata so that listing clips never loads texts. */
export type ArticleBody = {
  /** Same id as the article. */
  id: string;
  /** Plain text, NFC, paragraphs separated by blank lines. */
  text: string;
  /** Clean article HTML (see core/extract/serialize); sanitized again whenever it is rendered. */
  html: string;
  /** When the body last changed (ISO 8601, UTC). */
  updatedAt: string;
};

/** A named set of clips. */
export type CollectionRecord = RecordBase & {
  /** Display name (NFC). */
  name: string;
  /** Optional description (NFC). */
  description: string;
};

/** A clip's membership in a collection (a record of its own so that sync can merge memberships). */
export type MembershipRecord = RecordBase & {
  /** The collection's id. */
  collectionId: string;
  /** The article's id. */
  articleId: string;
};

/** Highlight colours offered in the UI. */
export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

/**
 * A highlight with its note: a W3C Web Annotation whose target is the article's page,
 * located by a TextQuoteSelector and a TextPositionSelector on the NFC text of the
 * article's content root (the live page's article element, or the stored copy).
 */
export type AnnotationRecord = RecordBase & {
  /** The clipped article it belongs to. */
  articleId: string;
  /** The address of the annotated page. */
  source: string;
  /** Where the highlight is. */
  selectors: Selectors;
  /** Highlight colour. */
  color: HighlightColor;
  /** The analyst's note, Markdown (rendered sanitized), possibly empty. */
  note: string;
  /** Free tags (NFC). */
  tags: string[];
  /** Entities this highlight is tagged with. */
  entityIds: string[];
};

/** Kinds of entity an analyst tags. */
export type EntityType = 'official' | 'project' | 'organization' | 'place';

/** An official, project, organization or place, shared across articles. */
export type EntityRecord = RecordBase & {
  /** What kind of entity it is. */
  type: EntityType;
  /** Name as first seen (NFC). */
  name: string;
  /** Other spellings and names (NFC). */
  aliases: string[];
  /** Folded name and aliases (see core/text/fold): the index that recognises the entity again. */
  keys: string[];
  /** Typed details: a project's place and amounts, an official's organisation, free notes. */
  attributes: Record<string, string | number | null>;
  /** When merged into another entity: that entity's id (this one stays as a tombstone). */
  mergedInto: string | null;
};

/**
 * How a mention came to be: the analyst accepted a suggestion, Dossier recognised an entity
 * the analyst had accepted before, or the analyst linked it by hand (selection, autocomplete).
 */
export type MentionOrigin = 'suggestion' | 'recognised' | 'manual';

/** An entity mentioned in an article (optionally in one highlight), with the role as written. */
export type MentionRecord = RecordBase & {
  /** The entity mentioned. */
  entityId: string;
  /** The article that mentions it. */
  articleId: string;
  /** The highlight tagged with it, or null for the article as a whole. */
  annotationId: string | null;
  /** The position or role as written ("Bí thư Tỉnh ủy"), or null. */
  role: string | null;
  /** The article's published date, copied so that timelines need no join. */
  publishedAt: string | null;
  /** How the mention was made (absent on mentions written before this field existed). */
  origin?: MentionOrigin;
};

/** One article's mentions, stored as one row (schema v7; see db/mentions.ts). */
export type ArticleMentions = {
  articleId: string;
  /** Every entity with a mention in `mentions`, tombstones included (a multiEntry index). */
  entityIds: string[];
  mentions: MentionRecord[];
};

/** A suggestion the analyst rejected for an article, so it is not offered again there. */
export type DismissalRecord = RecordBase & {
  /** The article the suggestion came from. */
  articleId: string;
  /** What was suggested (an entity unlinked from the article is dismissed under its type). */
  kind: EntityType | 'amount';
  /** The folded name (or amount text) that was rejected. */
  key: string;
};

/** Which article each document number of one chunk (4,096 numbers) stands for. */
export type SearchDocRow = {
  /** floor(docNo / 4096). */
  chunk: number;
  /** Article id per number from chunk × 4096 on; '' where the number is retired (re-indexed or deleted article). */
  ids: string[];
};

/** Postings of every term of one three-letter bucket for one chunk (see core/search/rows). */
export type { PackedRow as SearchRow } from '../core/search/rows';

/** An article waiting to be (re)indexed: written in the clip's own transaction, so no clip is ever missed. */
export type SearchQueueEntry = {
  /** The article. */
  articleId: string;
  /** When it was queued (ISO 8601). */
  queuedAt: string;
};

/** The search index's own counters (one row, key "index"). */
export type SearchMeta = {
  key: 'index';
  /** The next document number to give out: never reused, so stale postings can never point at a new document. */
  nextDocNo: number;
  /** How many times the index was written (v6 on): readers cache the doc rows until it changes. */
  writes?: number;
};
