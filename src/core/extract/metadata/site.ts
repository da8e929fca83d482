/**
 * The site's own brand on the page, for pages without og:site_name or a JSON-LD publisher:
 * the logo's alt text (or its link's title), else the footer's copyright line
 * ("© 2024 Báo Nậm Rốm", "Bản quyền thuộc Báo Sông Đà", "Copyright © Hoa Ban Online").
 */
import { fold } from '../../text/fold';
import { foldAligned } from '../../text/fold-aligned';
import { clean } from './page-tags';
import { ancestor, descendant, elementsUnder, tagSet } from '../dom';

const LOGO = /logo|brand|masthead|site-?name|site-?title/i;
const GENERIC = /^(?:logo|home|trang chu|homepage|trang nhat|header|banner|image|anh|icon|quang cao|advertisement)$/;
const IMAGES_TO_CHECK = 40;
const LINK = tagSet('a');
const BOLD = tagSet('strong', 'b');

/** A brand name cleaned of "Logo" words; null when generic, too long, or the headline itself. */
function brandName(raw: string | null | undefined, title: string): string | null {
  const text = clean(raw?.replace(/(?<![\p{L}])(?:logo|Logo|LOGO)(?![\p{L}])/gu, ' ').replace(/^[\s\-–|:]+|[\s\-–|:]+$/g, ''));
  if (!text || text.length > 60 || text.split(' ').length > 8) return null;
  const f = fold(text);
  if (GENERIC.test(f) || f.length < 3 || (title && fold(title).includes(f) && f.length > 25)) return null;
  return text;
}

/** The logo's alt text or the title of its home link. */
function fromLogo(doc: Document, title: string): string | null {
  const images = doc.images;
  for (let i = 0; i < Math.min(images.length, IMAGES_TO_CHECK); i++) {
    const img = images[i]!;
    const link = ancestor(img, LINK);
    const hints = `${img.getAttribute('src') ?? ''} ${img.id} ${img.getAttribute('class') ?? ''} ${link?.getAttribute('class') ?? ''} ${img.parentElement?.getAttribute('class') ?? ''} ${link?.getAttribute('rel') ?? ''}`;
    const home = link && /^(?:\/|\.\/|https?:\/\/[^/]+\/?)$/.test(link.getAttribute('href') ?? '');
    if (!LOGO.test(hints) && !home && !/\bhome\b/.test(hints)) continue;
    const name = brandName(img.getAttribute('alt'), title) ?? brandName(link?.getAttribute('title'), title) ?? brandName(img.getAttribute('title'), title);
    if (name) return name;
  }
  return null;
}

// "© 2024 Báo X", "Copyright © X. All rights reserved", "Bản quyền thuộc (về) X", "Ghi rõ nguồn "X"".
const COPYRIGHT = /(?:©|\(c\)|copyright|ban quyen(?: thuoc)?(?: ve)?|ghi ro nguon)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?:by\s+)?[“"«]?/g;

const FOOTER = /footer|copyright|bottom/i;
const FOOTER_DEPTH = 4;

/** <footer> elements, and blocks near the top of the tree whose class or id says footer (a full query is slow). */
function findFooters(doc: Document): Element[] {
  const found: Element[] = [];
  for (const el of elementsUnder(doc)) if (el.localName === 'footer') found.push(el);
  const visit = (el: Element, depth: number): void => {
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
      if (FOOTER.test(`${c.id} ${c.getAttribute('class') ?? ''}`)) found.push(c);
      else if (depth < FOOTER_DEPTH) visit(c, depth + 1);
    }
  };
  if (doc.body) visit(doc.body, 0);
  return found;
}

/** A name after a copyright mark in the footer. */
function fromFooter(doc: Document, title: string): string | null {
  const footers = findFooters(doc);
  for (const footer of footers.slice(0, 6)) {
    const text = (footer.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ');
    const f = foldAligned(text);
    for (const m of f.matchAll(COPYRIGHT)) {
      const start = m.index + m[0].length;
      // The name runs to the end of the sentence: a full stop, a comma, a quote or a dash.
      const rest = text.slice(start, start + 80).split(/[.,;“”"»|–]|\s-\s|\s(?:khi|when|all rights|all right|tất cả)\s/i)[0];
      const name = brandName(rest?.replace(/\s\d{4}$/, ''), title);
      if (name && /\p{Lu}/u.test(name)) return name;
    }
  }
  return null;
}

/** The footer's first bold line when it is a short name ("BÁO ĐIỆN BIÊN PHỦ" → "Báo Điện Biên Phủ"). */
function fromFooterMasthead(doc: Document, title: string): string | null {
  const footer = findFooters(doc)[0];
  const bold = footer ? descendant(footer, BOLD) : null;
  const name = brandName(bold?.textContent, title);
  if (!name || name.split(' ').length > 6 || /[\d:;!?]/.test(name)) return null;
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()) : name;
}

/** The site's brand shown on the page, or null. */
export function brandOnPage(doc: Document, title: string): string | null {
  return fromLogo(doc, title) ?? fromFooter(doc, title) ?? fromFooterMasthead(doc, title);
}
