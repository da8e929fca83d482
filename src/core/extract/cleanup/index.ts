/**
 * Removes the boilerplate Readability leaves inside the article body, in Vietnamese and English:
 * elements whose class says furniture (share, print, related, comments, tags, ads), short
 * elements whose whole text is furniture (view counters, "In bài", "Chia sẻ", "Back to top",
 * photo credits, newsletter prompts), related-news boxes and link lists, and the furniture at
 * the top and bottom edges of the body. The credit line is taken out before, as metadata.
 */
import { elementsUnder } from '../dom';
import { isJunkByHint } from './hints';
import { removeRelated } from './boxes';
import { trimEdges } from './edges';
import { measure, shortFold } from './measure';
import { FURNITURE, PHOTO_CREDIT, SHARE_WORDS, SUBSCRIBE } from './patterns';

// An element this large a share of the body is the article, whatever its class says.
const MAX_SHARE = 0.5;
const FURNITURE_MAX = 60;
const CREDIT_MAX = 100;
const PROMPT_MAX = 200;
const SMALL = new Set(['a', 'span', 'div', 'p', 'li', 'button', 'small', 'strong', 'b', 'em', 'i', 'time', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'section', 'aside', 'footer', 'header', 'dd', 'dt', 'label', 'nav']);

/** A share bar spelled out: only network names and share words ("Whatsapp Facebook Pint Baixar"). */
function isShareBar(f: string): boolean {
  const words = f.split(/[^a-z]+/).filter(Boolean);
  return words.length >= 2 && words.every((w) => SHARE_WORDS.has(w));
}

/** Remove furniture under `root`, in place; `title` is the headline, repeated at the top by some templates. */
export function removeBoilerplate(root: Element, title = ''): void {
  const sizes = measure(root);
  const total = Math.max(1, sizes.get(root) ?? 0);
  for (const el of [...elementsUnder(root)]) {
    if (!root.contains(el)) continue;
    const tag = el.localName;
    if (tag === 'nav' || (isJunkByHint(el) && (sizes.get(el) ?? 0) <= total * MAX_SHARE)) {
      el.remove();
      continue;
    }
    if (!SMALL.has(tag)) continue;
    const f = shortFold(el, PROMPT_MAX, sizes);
    if (f === null) continue;
    if ((f.length <= FURNITURE_MAX && FURNITURE.test(f)) || (f.length <= CREDIT_MAX && PHOTO_CREDIT.test(f)) || SUBSCRIBE.test(f) || (f.length <= FURNITURE_MAX && isShareBar(f))) el.remove();
  }
  removeRelated(root, sizes);
  trimEdges(root, title);
}
