/**
 * The credit line at the end of the body ("Tin, ảnh: An Chi", "Bài và ảnh: Lò Thị Hương",
 * a bold or right-aligned "Hoàng Châu", "Theo TTXVN", "By Jane Doe"): taken out of the body
 * and kept as metadata. Photo credits standing alone at the end ("Ảnh: Minh Khôi") leave too.
 */
import { foldAligned } from '../text/fold-aligned';
import { nfc, squash } from '../text/fold';
import { textUnits } from './cleanup/units';
import { CREDIT, isNameLike, parseAuthors } from './metadata/authors';

const UNITS_TO_CHECK = 5;
// Short end-of-body labels that are not names, whatever their capitals.
const NOT_A_NAME = /(?<![a-z])(?:related|more|news|read|comments?|share|tags?|tin|xem|doc|binh luan|chia se|quang cao)(?![a-z])/;

/** Bold, right-aligned or centred, or in an element whose class says author or source. */
function styledAsCredit(el: Element, text: string): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    if (/right|center/i.test(`${node.getAttribute('style')} ${node.getAttribute('align')}`) || /author|byline|tac-?gia|credit|source|nguon/i.test(`${node.getAttribute('class')} ${node.id}`)) return true;
    if (/^(?:strong|b)$/.test(node.localName)) return true;
  }
  const bold = el.firstElementChild;
  return !!bold && /^(?:strong|b)$/.test(bold.localName) && squash(bold.textContent ?? '') === text;
}

/** Remove the credit line near the end of `body` and return the authors it names. */
export function takeCreditLine(body: Element): string[] {
  const units = textUnits(body);
  for (let i = units.length - 1, checked = 0; i >= 0 && checked < UNITS_TO_CHECK; i--, checked++) {
    const unit = units[i]!;
    const el = unit.nodeType === 1 ? (unit as Element) : unit.parentElement!;
    const text = squash(nfc(unit.textContent ?? ''));
    if (text.length > 120) break;
    if (el.closest('figure, figcaption, h1, h2, h3, h4, h5, h6')) continue;
    const f = foldAligned(text);
    if (/^(?:anh|photos?|image) ?:/.test(f)) {
      unit.parentNode?.removeChild(unit);
      continue;
    }
    const bare = text.replace(/\s*[([][^)\]]*[)\]]/g, '');
    // "Tin, ảnh: X" is a credit whatever follows; "Theo X" and "By X" only when X is a name ("Theo kế hoạch, …" is a sentence).
    const prefix = CREDIT.exec(f)?.[0];
    const credit = !!prefix && (prefix.includes(':') || isNameLike(bare.slice(prefix.length)));
    const named = !prefix && isNameLike(bare) && !NOT_A_NAME.test(foldAligned(bare)) && (checked === 0 || styledAsCredit(el, text));
    const authors = credit || named ? parseAuthors(text) : [];
    if (authors.length) {
      unit.parentNode?.removeChild(unit);
      return authors;
    }
  }
  return [];
}
