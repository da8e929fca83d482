/** The page's current selection as selectors on the NFC text of `document.body`. */
import { describe, type Selectors } from '../../core/anchoring';

/**
 * Selectors for the selection in `doc`, or null when nothing (or only whitespace) is
 * selected. The body is the root, not the article element: the page's article element
 * is a guess, the body is always there, and the quote selector absorbs the difference
 * with the stored copy's root. Dossier's own UI (UI_ATTRIBUTE) is skipped by the text model.
 */
export function describeSelection(doc: Document): Selectors | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !doc.body) return null;
  return describe(doc.body, selection.getRangeAt(0));
}
