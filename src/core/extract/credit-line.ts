/**
 * The credit line at the end of the body ("Tin, ảnh: An Chi", "Bài và ảnh: Lò Thị Hương",
 * a bold or right-aligned "Hoàng Châu", "Theo TTXVN", "By Jane Doe"): taken out of the body
 * and kept as metadata. Photo credits standing alone at the end ("Ảnh: Minh Khôi") leave too.
 */
import { foldAligned } from '../text/fold-aligned';
import { nfc, squash } from '../text/fold';
import { isNameLike, parseAuthors } from './metadata/authors';

const SHOW_TEXT = 4;
const BLOCKS_TO_CHECK = 5;
const MAX_CREDIT = 120;
const BLOCK = 'p, div, h1, h2, h3, h4, h5, h6, li, td, blockquote, section, article, aside, figure, figcaption, footer, header, address';

const CREDIT = /^(?:(?:tin|bai|video|clip|thuc hien|nhom thuc hien|ghi chep)(?:\s*(?:,|va|&|\+|-|\/)\s*(?:tin|bai|anh|video|clip|do hoa))*\s*[:：]|(?:theo|nguon|by|bai viet cua|source)\s*[:：]?\s+\S)/;
const PHOTO_CREDIT = /^(?:anh|photo|photos|image|do hoa)\s*[:：]/;
const AUTHOR_HINT = /author|byline|tac-?gia|writer|credit|signature|nguon|source/i;
// Short end-of-body labels that are not names, whatever their capitals.
const NOT_A_NAME = /(?<![a-z])(?:related|more|news|read|comments?|share|tags?|advertisement|subscribe|follow|tin|xem|doc|binh luan|lien quan|chia se|tu khoa|quang cao)(?![a-z])/;

function styledAsCredit(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const style = (node.getAttribute('style') ?? '') + (node.getAttribute('align') ?? '');
    if (/right|center/i.test(style) || AUTHOR_HINT.test(`${node.getAttribute('class') ?? ''} ${node.id}`)) return true;
  }
  const text = squash(el.textContent ?? '');
  const strong = el.querySelector('strong, b, em, i');
  return !!strong && squash(strong.textContent ?? '') === text;
}

function lastTextNode(root: Element): Node | null {
  let node: Node | null = root;
  while (node?.lastChild) node = node.lastChild;
  return node;
}

/** Remove the credit line near the end of `body` and return the authors it names. */
export function takeCreditLine(body: Element): string[] {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  const end = lastTextNode(body);
  if (!end) return [];
  walker.currentNode = end;
  let node: Node | null = end.nodeType === 3 ? end : walker.previousNode();
  const seen = new Set<Element>();
  // Step before the block, so the walker never stands inside what is removed.
  const removeAndStep = (block: Element): Node | null => {
    walker.currentNode = block;
    const previous = walker.previousNode();
    block.remove();
    return previous;
  };
  while (node && seen.size < BLOCKS_TO_CHECK) {
    const block = node.nodeValue?.trim() ? (node.parentElement?.closest(BLOCK) ?? null) : null;
    if (!block || block === body || seen.has(block) || !body.contains(block)) {
      node = walker.previousNode();
      continue;
    }
    seen.add(block);
    const text = squash(nfc(block.textContent ?? ''));
    if (text.length > MAX_CREDIT) break;
    const f = foldAligned(text);
    if (block.closest('figure, figcaption, h1, h2, h3, h4, h5, h6')) {
      node = walker.previousNode();
      continue;
    }
    if (PHOTO_CREDIT.test(f)) {
      node = removeAndStep(block);
      continue;
    }
    const credit = CREDIT.test(f);
    const bare = text.replace(/\s*[([][^)\]]*[)\]]\s*/g, ' ').trim();
    const named = !credit && isNameLike(bare) && !NOT_A_NAME.test(foldAligned(bare)) && (styledAsCredit(block) || seen.size === 1);
    const authors = credit || named ? parseAuthors(text) : [];
    if (authors.length) {
      removeAndStep(block);
      return authors;
    }
    node = walker.previousNode();
  }
  return [];
}
