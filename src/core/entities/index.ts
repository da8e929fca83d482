/**
 * Entity suggestions for an article's text: officials with their positions, projects, amounts.
 * Placeholder until the entities issue lands: returns nothing, so the extract command's
 * `suggestions` field keeps its shape.
 */
import type { Suggestions } from './types';

export type { Suggestions } from './types';

/** Suggest officials, projects and amounts found in `text` (the article body only). */
export function suggestEntities(_text: string): Suggestions {
  return { officials: [], projects: [], amounts: [] };
}
