/**
 * The typed message protocol: one call map per receiver.
 * Each method has an argument schema (checked on arrival), the kind of sender allowed
 * to call it, and a reply type. A handler map must `satisfies` the call map, so a
 * missing or mistyped handler fails to compile.
 */
import * as v from 'valibot';
import type { ArticleRecord } from '../db/types';
import type { ExtractOutcome } from '../core/extract/types';
import { MetadataPatchSchema, RecordId, TabId } from './schemas';
import type { Result } from './result';

export { CHANNEL, envelope, isEnvelope, type Envelope } from './envelope';

/** Who may call a background method: the extension's own pages, or a content script (for its own tab only). */
export type CallerKind = 'extension' | 'content';

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

/** Calls the background answers. */
export const backgroundCalls = {
  /** Clip the article in a tab (the popup's button; the shortcut and menu call the same code directly). */
  clipTab: { from: 'extension', args: v.strictObject({ tabId: TabId }) },
  /** The tab's address and whether it is clipped. */
  getPageState: { from: 'extension', args: v.strictObject({ tabId: TabId }) },
  /** The most recent clips. */
  listRecent: { from: 'extension', args: v.strictObject({ limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)) }) },
  /** Correct an article's title, site, author or date. */
  updateArticle: { from: 'extension', args: v.strictObject({ id: RecordId, patch: MetadataPatchSchema }) },
} as const satisfies Record<string, { from: CallerKind; args: v.GenericSchema }>;

/** Reply types of the background's calls. */
export type BackgroundReplies = {
  clipTab: ClipSummary;
  getPageState: PageState;
  listRecent: ArticleRecord[];
  updateArticle: ArticleRecord;
};

export type BackgroundMethod = keyof typeof backgroundCalls;
export type BackgroundArgs<M extends BackgroundMethod> = v.InferOutput<(typeof backgroundCalls)[M]['args']>;

/** Calls a content script answers (only the background sends them, with tabs.sendMessage). */
export type ContentCalls = {
  /** Is the script already injected? */
  ping: { args: Record<string, never>; reply: true };
  /** Extract the page's article. */
  extractArticle: { args: Record<string, never>; reply: ExtractOutcome };
};

/** A background handler: gets checked arguments and the verified sender. */
export type BackgroundHandlers = {
  [M in BackgroundMethod]: (args: BackgroundArgs<M>, sender: VerifiedSender) => Promise<BackgroundReplies[M]>;
};

/** A sender the background has checked. `tabId` is set for content scripts (their own tab). */
export type VerifiedSender = { kind: CallerKind; tabId: number | null; url: string };

/** The reply to a background call. */
export type BackgroundReply<M extends BackgroundMethod> = Result<BackgroundReplies[M]>;
