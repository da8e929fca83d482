/**
 * Entity suggestions for an article's text: officials with their positions, projects, amounts;
 * and recognition of entities the analyst already accepted.
 *
 * Run these on the article body only (extractArticle's `text`): sidebars and footers name
 * officials too, and those are not what the article speaks of.
 */
import { findAmounts } from './amounts';
import { findOfficials } from './officials';
import { findProjects } from './projects';
import { tokenize } from './tokens';
import type { Suggestions } from './types';

export type * from './types';
export { entityKeys, findKnownEntities } from './known';
export { matchEntities, type EntityMatch, type MatchOptions } from './autocomplete';

/** Suggest officials, projects and amounts found in `text` (the article body, NFC or NFD). */
export function suggestEntities(text: string): Suggestions {
  const tokenized = tokenize(text);
  return {
    officials: findOfficials(tokenized),
    projects: findProjects(tokenized),
    amounts: findAmounts(tokenized.folded),
  };
}
