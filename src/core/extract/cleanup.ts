/**
 * Removes boilerplate that Readability leaves inside the article body:
 * view counters, print and share bars, back-to-top links.
 *
 * First, plain version; the extraction issue grows it (related-news boxes,
 * comment boxes, credit lines kept as metadata).
 */
import { fold } from '../text/fold';

// Folded text of small elements that are page furniture, not article prose.
const FURNITURE = [
  /^luot xem\b/, /^so luot xem\b/, /^in bai( viet)?$/, /^chia se\b/, /^back to top$/, /^len dau trang$/,
  /^ve dau trang$/, /^print$/, /^share\b/, /^views?:? ?\d/, /^\d[\d.,]* (views|luot xem)$/,
];

/** Remove furniture elements in place. */
export function removeBoilerplate(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('a, span, div, p, li, button'))) {
    if (!el.isConnected) continue;
    const text = fold(el.textContent ?? '');
    if (text.length > 40) continue;
    if (FURNITURE.some((re) => re.test(text))) el.remove();
  }
}
