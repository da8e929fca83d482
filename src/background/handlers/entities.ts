/** Handlers of the entity calls (src/messages/calls/entities.ts). */
import type { BackgroundHandlers } from '../../messages/protocol';
import type { EntityReplies } from '../../messages/calls/entities';

export const entityHandlers = {} satisfies Pick<BackgroundHandlers, keyof EntityReplies>;
