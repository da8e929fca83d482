/**
 * Related-news boxes: a "Tin liên quan" / "Related stories" label with the links after it, or
 * the small box around both; and lists whose items are nothing but short links.
 */
import { linkDensity, textLength } from './measure';

// A box is label plus links and little else, and not long.
const BOX_MAX = 1_500;
const LINKY = 0.6;
const INLINE = new Set('span strong b em i a font small u'.split(' '));

/** Remove a related label and the links it introduces. */
export function removeLabelled(label: Element, root: Element): void {
  const labelLength = textLength(label);
  // The label's own block: the highest ancestor with no other text.
  let holder = label;
  while (holder.parentElement && holder.parentElement !== root && textLength(holder.parentElement) === labelLength) holder = holder.parentElement;
  // A word in a sentence ("<b>More</b> than ...") is no label.
  if (INLINE.has(holder.localName)) return;
  let box: Element | null = null;
  for (let parent = holder.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const length = textLength(parent);
    if (length > BOX_MAX || linkDensity(parent, length) * length - (label.closest('a') ? labelLength : 0) < (length - labelLength) * LINKY) break;
    box = parent;
  }
  if (box) return box.remove();
  // A bare label: the link blocks right after it go with it.
  for (let next = holder.nextElementSibling; next; ) {
    const length = textLength(next);
    if (length > BOX_MAX || linkDensity(next, length) < LINKY) break;
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
  holder.remove();
}

/** Is `list` (ul/ol) two or more short items of links: related headlines, menus? */
export function isLinkList(list: Element): boolean {
  const items = [...list.children].filter((c) => c.localName === 'li').length;
  const length = textLength(list);
  return items >= 2 && length / items <= 160 && linkDensity(list, length) >= 0.75;
}
