/**
 * Entity suggestions for an article's text: officials with their positions, projects, amounts;
 * and recognition of entities the analyst already accepted.
 *
 * Run these on the article body only (extractArticle's `text`): sidebars and footers name
 * officials too, and those are not what the article speaks of.
 */
import { fold } from '../text/fold';
import { findAmounts } from './amounts';
import { findOfficials } from './officials';
import { findProjects } from './projects';
import { tokenize } from './tokens';
import type { Suggestions } from './types';

export type * from './types';
export { entityKeys, findKnownEntities } from './known';
export { matchEntities, type EntityMatch, type MatchOptions } from './autocomplete';

// A related-links box that extraction let through names other articles' officials: leave out
// paragraphs that open like one ("Tin liên quan", "Xem thêm", ">> headline").
const RELATED = /^(?:tin lien quan|bai lien quan|xem them|doc them|tin cung chuyen muc|co the ban quan tam|>>|»)/;

/**
 * The text without related-links paragraphs, or the text itself when it has none: what
 * recognition of known entities should read too.
 */
export function bodyOnly(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  const kept = paragraphs.filter((p) => !RELATED.test(fold(p.slice(0, 40))));
  return kept.length === paragraphs.length ? text : kept.join('\n\n');
}

/** Suggest officials, projects and amounts found in `text` (the article body, NFC or NFD). */
export function suggestEntities(text: string): Suggestions {
  const tokenized = tokenize(bodyOnly(text));
  return {
    officials: findOfficials(tokenized),
    projects: findProjects(tokenized),
    amounts: findAmounts(tokenized.folded),
  };
}
