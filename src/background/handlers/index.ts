/** Every background call's handler: one map per feature; `satisfies` makes a missing handler a compile error. */
import type { BackgroundHandlers } from '../../messages/protocol';
import { clipHandlers } from './clip';
import { entityHandlers } from './entities';
import { highlightHandlers } from './highlights';

export const handlers = { ...clipHandlers, ...highlightHandlers, ...entityHandlers } satisfies BackgroundHandlers;
