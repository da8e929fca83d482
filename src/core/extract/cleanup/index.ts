/**
 * Removes the boilerplate Readability leaves inside the article body, in Vietnamese and English,
 * in one walk: navigation and link-only lists; short elements whose whole text is furniture (view
 * counters, "In bài", "Chia sẻ", share bars, "Back to top", photo credits, newsletter prompts);
 * related-news labels with their links ("Tin liên quan", "Related stories"); inline "Xem thêm:" and
 * "Tags:" lines; then the furniture at the top and bottom edges of the body. The credit line is
 * taken out before, as metadata. (Readability itself drops most blocks whose class says comment,
 * related, share or sidebar; what it keeps says what it is in its text, which is what is read here.)
 */
import { elementsUnder } from '../dom';
import { isLinkList, removeLabelled } from './boxes';
import { trimEdges } from './edges';
import { shortFold } from './measure';
import { FURNITURE, PHOTO_CREDIT, RELATED_LABEL, RELATED_PREFIX, SHARE_BAR, SUBSCRIBE, TAGS_PREFIX } from './patterns';

const SMALL = new Set('a span div p li button small strong b em i time h1 h2 h3 h4 h5 h6 figcaption section aside header footer dd dt label figure'.split(' '));
const LINES = new Set('p div li section aside'.split(' '));

/** Remove furniture under `root`, in place; `title` is the headline, repeated at the top by some templates. */
export function removeBoilerplate(root: Element, title = ''): void {
  for (const el of [...elementsUnder(root)]) {
    const tag = el.localName;
    if (!root.contains(el)) continue;
    if (tag === 'nav' || ((tag === 'ul' || tag === 'ol') && isLinkList(el))) el.remove();
    if (!SMALL.has(tag)) continue;
    const f = shortFold(el, 300);
    if (!f) continue;
    if (f.length <= 60 && RELATED_LABEL.test(f)) removeLabelled(el, root);
    else if ((f.length <= 60 && (FURNITURE.test(f) || SHARE_BAR.test(f))) || (f.length <= 100 && PHOTO_CREDIT.test(f)) || (f.length <= 200 && SUBSCRIBE.test(f))) el.remove();
    // "Xem thêm: <a>…</a>", "Read more: …", "Tags: a, b": a prefix and links.
    else if (LINES.has(tag) && ((RELATED_PREFIX.test(f) && el.getElementsByTagName('a').length) || TAGS_PREFIX.test(f))) el.remove();
  }
  trimEdges(root, title);
}
