/** Handlers of the highlight calls (src/messages/calls/highlights.ts). */
import type { BackgroundHandlers } from '../../messages/protocol';
import type { HighlightReplies } from '../../messages/calls/highlights';

export const highlightHandlers = {} satisfies Pick<BackgroundHandlers, keyof HighlightReplies>;
