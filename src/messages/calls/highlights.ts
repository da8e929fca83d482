/** Calls about highlights and notes (the highlights issue fills this map). */
import type { CallSpecs } from '../spec';

export const highlightCalls = {} as const satisfies CallSpecs;

/** Reply types of the highlight calls. */
export type HighlightReplies = Record<never, never>;

/** Calls the highlighting content script answers. */
export type HighlightContentCalls = Record<never, never>;
