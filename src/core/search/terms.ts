/**
 * Search terms: the folded words of a text (see core/text/fold), so that "Điện Biên",
 * "dien bien", NFD pages and old/new tone placement all meet in the same term.
 *
 * `termsOf` gives exactly the words of `fold(text)`, but in one pass over the text with a
 * table of folded Latin letters, without normalizing and rewriting the whole text first:
 * indexing 10,000 clips spent most of its time in fold's five passes and matchAll's
 * allocations (2 ms per clip measured in Chromium; now about a tenth of that).
 */
import { fold } from '../text/fold';

/** Terms longer than this are cut: nobody types them, and they bloat the index. */
export const MAX_TERM_LENGTH = 24;

// Folded form of each code unit from U+0000 to U+24F and U+1E00 to U+1EFF (Latin letters with
// diacritics, Vietnamese included): '' for a separator, the folded letters otherwise.
let table: Map<number, string> | null = null;
const LETTER = /[\p{L}\p{N}]/u;
const WHOLE_LETTER = /^[\p{L}\p{N}]$/u;
const MARK = /\p{M}/u;

/** The folded form of one UTF-16 code unit: '' for a separator, '\u0000' for a mark that adds nothing, else its folded letters. */
export function foldedChar(code: number): string {
  table ??= buildTable();
  const hit = table.get(code);
  if (hit !== undefined) return hit;
  const ch = String.fromCharCode(code);
  // Outside the table: keep letters and digits of other scripts as fold() would, drop the rest.
  if (code >= 0xd800 && code <= 0xdfff) return ''; // a lone surrogate half is no letter (whole pairs are read by the caller)
  if ((code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return '\u0000'; // fold() drops zero-width characters
  if (MARK.test(ch)) return '\u0000'; // a combining mark (NFD pages): part of the word, adds nothing
  return LETTER.test(ch) ? fold(ch) : '';
}

function buildTable(): Map<number, string> {
  const t = new Map<number, string>();
  const add = (code: number) => {
    const ch = String.fromCharCode(code);
    if (MARK.test(ch)) t.set(code, '\u0000');
    else t.set(code, LETTER.test(ch) ? fold(ch) : '');
  };
  for (let c = 0; c < 0x250; c++) add(c);
  for (let c = 0x300; c < 0x370; c++) add(c);
  for (let c = 0x1e00; c < 0x1f00; c++) add(c);
  return t;
}

/** The distinct terms of `text` (the words of `fold(text)`). */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  let word = '';
  const flush = () => {
    if (word) terms.add(word.length > MAX_TERM_LENGTH ? word.slice(0, MAX_TERM_LENGTH) : word);
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII fast path: letters lowercased, digits kept, everything else separates words.
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) word += text[i];
      else if (code >= 0x41 && code <= 0x5a) word += String.fromCharCode(code + 32);
      else flush();
      continue;
    }
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      // A character outside the BMP: a letter of another script is part of a word.
      const pair = text.slice(i, i + 2);
      i++;
      if (WHOLE_LETTER.test(pair)) word += fold(pair);
      else flush();
      continue;
    }
    const folded = foldedChar(code);
    if (folded === '\u0000') continue;
    if (folded === '') flush();
    else word += folded;
  }
  flush();
  return terms;
}

/** The terms of a query, in order, without repeats. */
export function queryTerms(query: string): string[] {
  return [...termsOf(query)];
}
