/** Calls about officials, projects and other entities (the entities issue fills this map). */
import type { CallSpecs } from '../spec';

export const entityCalls = {} as const satisfies CallSpecs;

/** Reply types of the entity calls. */
export type EntityReplies = Record<never, never>;
