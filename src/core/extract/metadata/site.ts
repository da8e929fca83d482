/**
 * The site's own brand on the page, for pages without og:site_name or a JSON-LD publisher:
 * the logo's alt text (or its home link's title), else the footer's copyright line ("© 2024 Báo
 * Nậm Rốm", "Bản quyền thuộc Báo Sông Đà", "Ghi rõ nguồn "Báo X""), else the footer's bold masthead.
 */
import { fold } from '../../text/fold';
import { foldAligned } from '../../text/fold-aligned';
import { ancestor, descendant, elementsUnder, tagSet } from '../dom';
import { clean } from './page-tags';

const LOGO = /logo|brand|masthead|site-?(?:name|title)/i;
const HOME = /^(?:\/|https?:\/\/[^/]+\/?)$/;
const GENERIC = /^(?:logo|home|trang chu|homepage|header|banner|image|anh|icon|quang cao)$/;
const FOOTER = /footer|copyright/i;
const COPYRIGHT = /(?:©|\(c\)|copyright|ban quyen(?: thuoc)?(?: ve)?|ghi ro nguon) ?(?:©|\(c\))? ?(?:\d{4}(?: ?[-–] ?\d{4})?)? ?(?:by )?[“"«]?/g;
const LINK = tagSet('a');
const BOLD = tagSet('strong', 'b');

/** A brand name without "Logo"; null when generic, long, or the headline itself. */
function brandName(raw: string | null | undefined, title: string): string | null {
  const text = clean(raw?.replace(/(?<!\p{L})logo(?!\p{L})/giu, ' ').replace(/^[\s\-–|:]+|[\s\-–|:]+$/g, ''));
  const f = fold(text ?? '');
  return text && text.length <= 60 && f.length >= 3 && !GENERIC.test(f) && !(f.length > 25 && title.includes(f)) ? text : null;
}

/** The site's brand shown on the page, or null; `title` is the headline, which is no brand. */
export function brandOnPage(doc: Document, title: string): string | null {
  const headline = fold(title);
  const footers: Element[] = [];
  let images = 0;
  for (const el of elementsUnder(doc)) {
    if (el.localName === 'img' && images++ < 40) {
      const link = ancestor(el, LINK);
      const hints = `${el.getAttribute('src')} ${el.id} ${el.getAttribute('class')} ${el.parentElement?.getAttribute('class')} ${link?.getAttribute('class')}`;
      if (!LOGO.test(hints) && !HOME.test(link?.getAttribute('href') ?? '-')) continue;
      const name = brandName(el.getAttribute('alt'), headline) ?? brandName(link?.getAttribute('title'), headline);
      if (name) return name;
    } else if (el.localName === 'footer' || FOOTER.test(`${el.id} ${el.getAttribute('class')}`)) footers.push(el);
  }
  for (const footer of footers) {
    const text = (footer.textContent ?? '').normalize('NFC').replace(/\s+/g, ' ');
    for (const m of foldAligned(text).matchAll(COPYRIGHT)) {
      // The name runs to the end of its sentence: a full stop, a comma, a quote, a dash, "khi", "All rights".
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/[.,;“”"»|–]| - | (?:khi|when|all rights|tất cả) /i)[0];
      const name = brandName(rest, headline);
      if (name && /^\p{Lu}/u.test(name)) return name;
    }
  }
  // The footer's masthead, bold or classed "brand" ("BÁO ĐIỆN BIÊN PHỦ" → "Báo Điện Biên Phủ").
  const masthead = footers.map((f) => (/brand/i.test(f.getAttribute('class') ?? '') ? f : descendant(f, BOLD))).find(Boolean);
  const name = brandName(masthead?.textContent, headline);
  if (!name || /[\d:;!?]/.test(name)) return null;
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()) : name;
}
