/**
 * Related-news boxes and link lists inside the body: a "Tin liên quan" / "Related stories" label
 * with the links after it (or the small box around both), inline "Xem thêm: <link>" paragraphs,
 * and lists whose items are nothing but links.
 */
import { elementsUnder } from '../dom';
import { linkDensity, shortFold, textLength, type Sizes } from './measure';
import { RELATED_LABEL, RELATED_PREFIX, TAGS_PREFIX } from './patterns';

const LABEL_MAX = 60;
const INLINE_MAX = 300;
// A box is "small" when what is not the label is mostly links and not long.
const BOX_MAX = 1_500;
const LINKY = 0.6;

/** Is this element a link list or a box of links (what follows a related label)? */
function isLinkBlock(el: Element): boolean {
  const length = textLength(el);
  if (length === 0) return el.querySelector('img, a') !== null;
  return length <= BOX_MAX && linkDensity(el, length) >= LINKY;
}

const CANDIDATES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'span', 'strong', 'b', 'li', 'dt', 'header', 'section', 'aside', 'figure', 'ul', 'ol']);
const INLINE = new Set(['span', 'strong', 'b', 'em', 'i', 'a', 'font', 'small', 'u']);

/** Remove a related label and the links it introduces. */
function removeLabelled(label: Element, root: Element): void {
  const labelLength = textLength(label);
  // The label's own block: the highest ancestor with no other text.
  let holder = label;
  while (holder.parentElement && holder.parentElement !== root && textLength(holder.parentElement) === labelLength) holder = holder.parentElement;
  // A word in a sentence ("<b>More</b> than ...") is no label.
  if (INLINE.has(holder.localName)) return;
  // The box: the highest ancestor that is the label plus links and little else.
  let box: Element | null = null;
  for (let parent = holder.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const length = textLength(parent);
    const links = linkDensity(parent, length) * length - (label.closest('a') ? labelLength : 0);
    if (length > BOX_MAX || links < (length - labelLength) * LINKY) break;
    box = parent;
  }
  if (box) return box.remove();
  // A bare label: the link lists right after it go with it.
  let next = holder.nextElementSibling;
  while (next && isLinkBlock(next)) {
    const after = next.nextElementSibling;
    next.remove();
    next = after;
  }
  holder.remove();
}

/** Remove related boxes, inline related paragraphs, tag lines and link-only lists under `root`. */
export function removeRelated(root: Element, sizes?: Sizes): void {
  for (const el of [...elementsUnder(root)]) {
    const tag = el.localName;
    if (!CANDIDATES.has(tag) || !root.contains(el)) continue;
    if (tag === 'ul' || tag === 'ol') {
      removeLinkList(el);
      continue;
    }
    const label = shortFold(el, LABEL_MAX, sizes);
    if (label !== null && RELATED_LABEL.test(label)) {
      removeLabelled(el, root);
      continue;
    }
    if (tag === 'p' || tag === 'div' || tag === 'li' || tag === 'section' || tag === 'aside') {
      const text = shortFold(el, INLINE_MAX, sizes);
      if (text === null) continue;
      // "Xem thêm: <a>…</a>", "Read more: …", "Tags: a, b": a prefix and (mostly) links.
      if ((RELATED_PREFIX.test(text) || TAGS_PREFIX.test(text)) && (el.querySelector('a') !== null || TAGS_PREFIX.test(text))) el.remove();
    }
  }
}

/** A list whose items are links and short (related headlines, menus) is not article text. */
function removeLinkList(list: Element): void {
  const items = Array.from(list.children).filter((c) => c.localName === 'li');
  if (items.length < 2) return;
  const length = textLength(list);
  if (length / items.length > 160) return;
  if (linkDensity(list, length) >= 0.75) list.remove();
}
