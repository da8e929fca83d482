/** Plain text inside Markdown: escaped so that a quote or an article paragraph never turns into Markdown syntax. */

// Inline syntax of CommonMark, GFM and Obsidian (math $, block ids ^, wikilinks [[, tags #).
const INLINE = /[\\`*_[\]<>|~$^#]/g;
// Obsidian highlights (==) and comments (%%) need the pair: a lone "38,6%" stays as written.
const PAIRS = /(==|%%)/g;
// Block syntax at the start of a line: headings, quotes, lists, thematic breaks, tables.
const LINE_START = /^([ \t]*)([#>+-]|\d+[.)])/gm;

/** `text` with Markdown syntax escaped. */
export function escapeMarkdown(text: string): string {
  // Whole-text replaces: an export escapes megabytes of article text.
  return text.replace(INLINE, '\\$&').replace(PAIRS, (pair: string) => `${pair[0]}\\${pair[1]}`).replace(LINE_START, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d+)?([#>+).-])$/, '$1\\$2')}`);
}

/** `text` as a Markdown block quote, every line prefixed (blank lines kept inside the quote). */
export function blockQuote(text: string): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line.trim() ? `> ${line}` : '>'))
    .join('\n');
}

/** A link target for Markdown: angle brackets allow spaces and parentheses; only http(s) becomes a link. */
export function markdownLink(label: string, url: string | null | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>)`;
}

/** A tag as Obsidian accepts it: no spaces or punctuation except _ - /, not all digits. */
export function obsidianTag(tag: string): string | null {
  const cleaned = tag.normalize('NFC').trim().replace(/\s+/g, '-').replace(/[^\p{L}\p{M}\p{N}_\-/]/gu, '');
  return cleaned && !/^\d+$/.test(cleaned) ? cleaned : null;
}
