/**
 * Highlighter: wraps anchored ranges in `<dossier-mark>` elements on the live page
 * and on the stored-copy page, and removes them cleanly. No extension APIs here.
 */
export { highlightRange, recolorHighlight, removeAllHighlights, removeHighlight, type HighlightHandle } from './highlight';
export { HIGHLIGHT_COLORS, ID_ATTRIBUTE, MARK_TAG, type HighlightColor } from './mark';
