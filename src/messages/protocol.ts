/**
 * The typed message protocol: one call map per receiver.
 * Each method has an argument schema (checked on arrival), the kind of sender allowed
 * to call it, and a reply type. A handler map must `satisfies` the call map, so a
 * missing or mistyped handler fails to compile.
 */
import type * as v from 'valibot';
import type { ExtractOutcome } from '../core/extract/types';
import { clipCalls, type ClipReplies } from './calls/clip';
import { collectionCalls, type CollectionReplies } from './calls/collections';
import { entityCalls, type EntityReplies } from './calls/entities';
import { highlightCalls, type HighlightContentCalls, type HighlightReplies } from './calls/highlights';
import type { CallerKind } from './spec';
import type { Result } from './result';

export type { CallerKind, CallSpecs } from './spec';
export type { ClipSummary, PageState } from './calls/clip';
export type { ClipCollections } from './calls/collections';
export type { EntitySummary, SelectionRead } from './calls/entities';

/** Every call the background answers: one map per feature, merged. */
export const backgroundCalls = { ...clipCalls, ...collectionCalls, ...highlightCalls, ...entityCalls } as const;

/** Reply types of the background's calls. */
export type BackgroundReplies = ClipReplies & CollectionReplies & HighlightReplies & EntityReplies;

export { CHANNEL, envelope, isEnvelope, type Envelope } from './envelope';

export type BackgroundMethod = keyof typeof backgroundCalls;
export type BackgroundArgs<M extends BackgroundMethod> = v.InferOutput<(typeof backgroundCalls)[M]['args']>;

/** Calls the clipping content script answers. */
export type ClipContentCalls = {
  /** Is the script already injected? */
  ping: { args: Record<string, never>; reply: true };
  /** Extract the page's article. */
  extractArticle: { args: Record<string, never>; reply: ExtractOutcome };
  /** The text the analyst selected in the page (to tag it as an official or a project). */
  getSelectionText: { args: Record<string, never>; reply: string };
};

/** Calls content scripts answer (only the background sends them, with tabs.sendMessage). */
export type ContentCalls = ClipContentCalls & HighlightContentCalls;

/** A background handler: gets checked arguments and the verified sender. */
export type BackgroundHandlers = {
  [M in BackgroundMethod]: (args: BackgroundArgs<M>, sender: VerifiedSender) => Promise<BackgroundReplies[M]>;
};

/** A sender the background has checked. `tabId` is set for content scripts (their own tab). */
export type VerifiedSender = { kind: CallerKind; tabId: number | null; url: string };

/** The reply to a background call. */
export type BackgroundReply<M extends BackgroundMethod> = Result<BackgroundReplies[M]>;
