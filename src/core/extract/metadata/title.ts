/**
 * The headline: metadata titles first, else the page's <title> (or the heading it repeats),
 * with the site's name cut off ("… - Đô Thị Mới", "… | Báo Nậm Rốm").
 */
import { fold } from '../../text/fold';

const SEPARATOR = /\s+(?:[|–—-]|::|»|·)\s+/g;

function sameSite(segment: string, site: string): boolean {
  const a = fold(segment).replace(/\s+/g, '');
  const b = fold(site).replace(/\s+/g, '');
  // "VnExpress.net" or "Báo Nậm Rốm - Tin tức" still name the site; a headline fragment does not.
  return a === b || (b.length >= 4 && a.includes(b));
}

/** Cut the site's name from either end of a title; `site` unknown cuts only a short " | X" tail. */
export function stripSiteName(title: string, site: string | null): string {
  const seps = [...title.matchAll(SEPARATOR)];
  const first = seps[0];
  const last = seps[seps.length - 1];
  if (!first || !last) return title;
  const head = title.slice(0, first.index);
  const tail = title.slice(last.index + last[0].length);
  if (site) {
    if (sameSite(tail, site)) return title.slice(0, last.index).trim();
    if (sameSite(head, site)) return title.slice(first.index + first[0].length).trim();
    return title;
  }
  if (last[0].trim() === '|' && tail.split(' ').length <= 4) return title.slice(0, last.index).trim();
  return title;
}

/** What the <title> adds after the headline ("Headline - Site"): a site-name candidate. */
export function siteFromTitle(docTitle: string | null, headline: string | null): string | null {
  if (!docTitle || !headline) return null;
  const f = fold(docTitle);
  const h = fold(headline);
  if (!f.startsWith(h) || f.length === h.length) return null;
  const tail = docTitle.slice(docTitle.length - (f.length - h.length)).replace(/^\s*(?:[|–—-]|::|»|·)\s*/, '').trim();
  return tail && tail.split(' ').length <= 6 && !/^(?:[|–—-]|::|»|·)/.test(tail) ? tail : null;
}

/** Inputs to the headline choice, each already cleaned (NFC, whitespace collapsed). */
export type TitleSources = {
  /** Metadata titles in order of trust (JSON-LD headline, og:title, ...). */
  meta: (string | null | undefined)[];
  /** The document's <title>. */
  docTitle: string | null;
  /** The first <h1>'s text. */
  heading: string | null;
  /** The site's name, if known, to cut from the title. */
  siteName: string | null;
};

const stripEllipsis = (s: string): string => fold(s).replace(/(?:\.\.\.|…)$/, '').trim();

/** Choose the headline. */
export function chooseTitle({ meta, docTitle, heading, siteName }: TitleSources): string | null {
  const found = meta.filter((t): t is string => !!t);
  if (found.length) {
    // JSON-LD headlines are often cut at 110 characters: a later title that extends it is the full one.
    let best = found[0]!;
    for (const t of found.slice(1)) if (fold(t).length > fold(best).length && fold(t).startsWith(stripEllipsis(best))) best = t;
    return stripSiteName(best, siteName);
  }
  if (docTitle) {
    if (heading && fold(heading).length >= 8 && fold(docTitle).includes(fold(heading))) return heading;
    return stripSiteName(docTitle, siteName);
  }
  return heading;
}
