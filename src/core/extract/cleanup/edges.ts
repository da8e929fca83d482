/**
 * The edges of the body: what Readability keeps above the first paragraph (section labels, the
 * headline again, "By …" and "Updated …" lines, date lines, category links) and below the last
 * one (link leftovers, imprint and copyright lines, contact addresses, separators). Only short
 * units that are not sentences are touched, and only outside the prose. Repeated captions and
 * teasers (galleries) keep their first copy only.
 */
import { foldAligned } from '../../text/fold-aligned';
import { fold, nfc } from '../../text/fold';
import { ancestor, tagSet } from '../dom';
import { linkDensity } from './measure';
import { isDateLine, textUnits, type Unit } from './units';
import { BARE_ADDRESS, FURNITURE, IMPRINT, META_LINE, PHOTO_CREDIT, RELATED_LABEL, SUBSCRIBE } from './patterns';

const CAPTION = tagSet('figcaption', 'figure');

function isProse(text: string): boolean {
  return text.length >= 120 || (text.length >= 40 && /[.!?。…"”]$/.test(text) && text.split(' ').length >= 8);
}

/** Furniture at the top (`lead`) or the bottom of the body; `title` is the folded headline. */
function isJunk(unit: Unit, text: string, lead: boolean, title: string): boolean {
  const f = foldAligned(text);
  const el = unit.nodeType === 1 ? (unit as Element) : unit.parentElement!;
  if (text.length > (lead ? 90 : 200)) return false;
  if (FURNITURE.test(f) || RELATED_LABEL.test(f) || PHOTO_CREDIT.test(f) || SUBSCRIBE.test(f)) return true;
  if (text.length <= 90 && (META_LINE.test(f) || isDateLine(text) || BARE_ADDRESS.test(f))) return true;
  if (lead ? fold(text) === title : /^[\s_*\-–—=~•.·]+$/.test(text) || IMPRINT.test(f)) return true;
  if (/[.!?]["”]?$/.test(text) || ancestor(el, CAPTION)) return false;
  // Link leftovers; at the top, a category link or a one- or two-word section label ("Entertainment").
  const links = unit.nodeType === 1 ? linkDensity(el) : ancestor(el, tagSet('a')) ? 1 : 0;
  return lead ? (links > 0.9 && text.length <= 40) || (text.split(' ').length <= 2 && text.length <= 25) : links > 0.9;
}

/** Trim furniture from the top and bottom of `root`; `title` is the headline, repeated at the top by some templates. */
export function trimEdges(root: Element, title: string): void {
  const units = textUnits(root);
  const texts = units.map((u) => nfc((u.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const first = texts.findIndex(isProse);
  if (first === -1) return;
  const last = texts.findLastIndex(isProse);
  const headline = fold(title);
  const seen = new Set<string>();
  const doomed = units.filter((unit, i) => {
    const t = texts[i]!;
    const again = t.length >= 30 && seen.has(t);
    seen.add(t);
    return again || (i < first && isJunk(unit, t, true, headline)) || (i > last && isJunk(unit, t, false, headline));
  });
  // A unit that holds prose (a wrapper) is never removed.
  const prose = units.filter((_, i) => i >= first && i <= last && isProse(texts[i]!));
  for (const unit of doomed) if (!prose.some((p) => p !== unit && unit.contains(p))) unit.parentNode?.removeChild(unit);
}
