/**
 * Search terms: the folded words of a text (see core/text/fold), so that "Điện Biên",
 * "dien bien", NFD pages and old/new tone placement all meet in the same term.
 */
import { fold } from '../text/fold';

// Folded text has no marks left: a word is a run of ASCII-or-other letters and digits.
const WORD = /[\p{L}\p{N}]+/gu;
/** Terms longer than this are cut: nobody types them, and they bloat the index. */
export const MAX_TERM_LENGTH = 24;

/** The distinct terms of `text`. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const match of fold(text).matchAll(WORD)) terms.add(match[0].slice(0, MAX_TERM_LENGTH));
  return terms;
}

/** The terms of a query, in order, without repeats. */
export function queryTerms(query: string): string[] {
  return [...termsOf(query)];
}
