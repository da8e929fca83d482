/**
 * Which elements contribute no text to anchoring.
 *
 * The live page and the stored copy must yield the same text for the same article,
 * and the stored copy is rebuilt by core/extract/serialize, which drops script,
 * style, noscript and template (and much more). Those four never render as text, so
 * they are skipped here too; so is anything marked `hidden`, which Readability drops.
 * Hidden-by-CSS content is NOT skipped: telling needs layout (getComputedStyle),
 * which is slow, absent in jsdom, and changes while the page runs; the quote
 * selector absorbs the difference instead. Dossier's own page UI (note badges,
 * toolbars) carries `data-dossier-ui` so it never becomes part of the text.
 * Highlight marks are NOT skipped: they wrap page text and must keep it counted.
 */

// TEXTAREA holds a default value, not what is shown; HEAD/TITLE matter only when the root is the document.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'HEAD', 'TITLE']);

/** Attribute that keeps an element Dossier injects (not a highlight mark) out of the anchoring text. */
export const UI_ATTRIBUTE = 'data-dossier-ui';

/** True when an element's content is not part of the anchoring text. */
export function isSkippedElement(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.hasAttribute(UI_ATTRIBUTE);
}
