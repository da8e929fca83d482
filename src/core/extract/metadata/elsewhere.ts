/**
 * Is an element part of something other than this article: a link or a list of links
 * (related news), a sidebar, widget, menu, footer or comment area? Dates and author links
 * found there belong to other articles.
 */

const ELSEWHERE = /related|other|lien-?quan|tin-?khac|cung-?chuyen-?muc|sidebar|widget|most|popular|trending|comment|footer|menu|(?<![a-z])nav(?![a-z])/i;

/** True when `el` (or one of its five nearest ancestors) is another article's teaser or page furniture. */
export function isElsewhere(el: Element, allowLink = false): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    const tag = node.localName;
    if ((tag === 'a' && !allowLink) || tag === 'footer' || tag === 'nav' || tag === 'aside') return true;
    if (tag === 'li' && !allowLink && node.getElementsByTagName('a').length > 0) return true;
    if (ELSEWHERE.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}
