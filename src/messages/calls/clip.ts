/** Calls about clipping: the Clip button, the popup's page state, recent clips, metadata edits. */
import * as v from 'valibot';
import type { ArticleRecord } from '../../db/types';
import { MetadataPatchSchema, RecordId, TabId } from '../schemas';
import type { CallSpecs } from '../spec';

/** What the popup needs to know about a tab. */
export type PageState = {
  /** The tab's address (without fragment). */
  url: string;
  /** Null when the page can be clipped, else why not. */
  blocked: 'restricted-page' | null;
  /** The stored article for this address, if it was clipped. */
  article: ArticleRecord | null;
};

/** The outcome of a clip. */
export type ClipSummary = {
  /** The stored article. */
  article: ArticleRecord;
  /** True when this clip created the article, false when it added a capture. */
  created: boolean;
};

/** Clipping and the popup's view of a tab. */
export const clipCalls = {
  /**
   * Clip the article in a tab (the popup's button; the shortcut and menu call the same code directly).
   * Not marked `writes`: the clip checks the room for the article itself, once it knows its size.
   */
  clipTab: { from: 'extension', args: v.strictObject({ tabId: TabId }) },
  /** The tab's address and whether it is clipped. */
  getPageState: { from: 'extension', args: v.strictObject({ tabId: TabId }) },
  /** The most recent clips. */
  listRecent: { from: 'extension', args: v.strictObject({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)) }) },
  /** Correct an article's title, site, author or date. */
  updateArticle: { from: 'extension', writes: true, args: v.strictObject({ id: RecordId, patch: MetadataPatchSchema }) },
} as const satisfies CallSpecs;

/** Reply types of the clip calls. */
export type ClipReplies = {
  clipTab: ClipSummary;
  getPageState: PageState;
  listRecent: ArticleRecord[];
  updateArticle: ArticleRecord;
};

