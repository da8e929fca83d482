/**
 * The headline: metadata titles first, else the page's <title> (or the heading it repeats),
 * with the site's name cut off ("… - Đô Thị Mới", "… | Báo Nậm Rốm").
 */
import { fold } from '../../text/fold';

// " - ", " | ", " – ", " :: ", " » ", kept in the split so the title can be put back together.
const SEPARATOR = /(\s+(?:[|–—-]|::|»|·)\s+)/;

const squashed = (s: string): string => fold(s).replace(/\s+/g, '');

/** Does a title segment name the site ("VnExpress.net" and "Báo X - Tin tức" name "VnExpress", "Báo X")? */
function isSite(segment: string | undefined, site: string): boolean {
  const a = squashed(segment ?? '');
  const b = squashed(site);
  return a === b || (b.length >= 4 && a.includes(b));
}

/** Cut the site's name from either end of a title; with the site unknown, only a short " | X" tail goes. */
export function stripSiteName(title: string, site: string | null): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 3) return title;
  const tail = parts[parts.length - 1]!;
  if (site ? isSite(tail, site) : parts[parts.length - 2]!.trim() === '|' && tail.split(' ').length <= 4) return parts.slice(0, -2).join('');
  return site && isSite(parts[0], site) ? parts.slice(2).join('') : title;
}

/** What the <title> adds after the headline ("Headline - Site" → "Site"): a site-name candidate. */
export function siteFromTitle(docTitle: string | null, headline: string | null): string | null {
  const parts = docTitle?.split(SEPARATOR) ?? [];
  const tail = parts[parts.length - 1];
  return parts.length >= 3 && headline && fold(parts.slice(0, -2).join('')) === fold(headline) && tail!.split(' ').length <= 6 ? tail! : null;
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

/** Choose the headline. */
export function chooseTitle({ meta, docTitle, heading, siteName }: TitleSources): string | null {
  const found = meta.filter((t): t is string => !!t);
  // JSON-LD headlines are often cut at 110 characters: a later title that extends one is the full one.
  const best = found.reduce((a, b) => (fold(b).length > fold(a).length && fold(b).startsWith(fold(a).replace(/(?:\.\.\.|…)$/, '')) ? b : a), found[0] ?? '');
  if (best) return stripSiteName(best, siteName);
  if (heading && docTitle && fold(heading).length >= 8 && fold(docTitle).includes(fold(heading))) return heading;
  return docTitle ? stripSiteName(docTitle, siteName) : heading;
}
