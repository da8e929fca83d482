/** Plain text inside Markdown: escaped so that a quote or an article paragraph never turns into Markdown syntax. */

// Inline syntax of CommonMark, GFM and Obsidian (highlights ==, comments %%, math $, block ids ^, wikilinks [[).
const INLINE = /[\\`*_[\]<>|~$^=%#]/g;
// Block syntax at the start of a line: headings, quotes, lists, thematic breaks, tables.
const LINE_START = /^(\s*)([#>+-]|\d+[.)])/;

/** `text` with Markdown syntax escaped, line by line. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(INLINE, '\\$&').replace(LINE_START, (_, space: string, mark: string) => `${space}${mark.replace(/^(\d+)?([#>+).-])$/, '$1\\$2')}`))
    .join('\n');
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
