/** Every background call's handler: one map per feature; `satisfies` makes a missing handler a compile error. */
import type { BackgroundHandlers } from '../../messages/protocol';
import { clipHandlers } from './clip';
import { collectionHandlers } from './collections';
import { entityHandlers } from './entities';
import { highlightHandlers } from './highlights';

export const handlers = { ...clipHandlers, ...collectionHandlers, ...highlightHandlers, ...entityHandlers } satisfies BackgroundHandlers;
