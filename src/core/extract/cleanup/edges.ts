/**
 * The edges of the body: what Readability keeps above the first paragraph (section labels,
 * the headline again, "By …" and "Updated …" lines, date lines, category links) and below the
 * last one (link leftovers, imprint and copyright lines, contact addresses, separators). Only
 * short units that are not sentences are touched, and only outside the prose.
 */
import { foldAligned } from '../../text/fold-aligned';
import { fold, nfc } from '../../text/fold';
import { linkDensity } from './measure';
import { isDateLine, textUnits, type Unit } from './units';
import { BARE_ADDRESS, FURNITURE, IMPRINT, META_LINE, PHOTO_CREDIT, RELATED_LABEL, SUBSCRIBE } from './patterns';

const PROSE = 120;
const SHORT = 90;

function isProse(text: string): boolean {
  return text.length >= PROSE || (text.length >= 40 && /[.!?。…"”]$/.test(text) && text.split(' ').length >= 8);
}

function density(unit: Unit): number {
  return unit.nodeType === 1 ? linkDensity(unit as Element) : unit.parentElement?.closest('a') ? 1 : 0;
}

function inCaption(unit: Unit): boolean {
  return !!(unit.nodeType === 1 ? (unit as Element) : unit.parentElement)?.closest('figcaption, figure');
}

/** Short non-sentence furniture at the top of the body. */
function isLeadingJunk(unit: Unit, text: string, f: string, title: string): boolean {
  if (text.length > SHORT) return false;
  if (META_LINE.test(f) || isDateLine(text) || FURNITURE.test(f) || RELATED_LABEL.test(f) || PHOTO_CREDIT.test(f) || SUBSCRIBE.test(f) || BARE_ADDRESS.test(f)) return true;
  if (title && fold(text) === title) return true;
  if (/[.!?]$/.test(text)) return false;
  // A category link or a one-word section label ("Entertainment", "Review").
  return (density(unit) > 0.9 && text.length <= 40) || (text.split(' ').length <= 2 && text.length <= 25 && !inCaption(unit));
}

/** Short furniture below the last paragraph: link leftovers, imprint, addresses, separators, prompts. */
function isTrailingJunk(unit: Unit, text: string, f: string): boolean {
  if (text.length > 200) return false;
  if (/^[\s_*\-–—=~•.·]+$/.test(text) || FURNITURE.test(f) || RELATED_LABEL.test(f) || SUBSCRIBE.test(f) || PHOTO_CREDIT.test(f) || IMPRINT.test(f)) return true;
  if (text.length <= SHORT && (META_LINE.test(f) || isDateLine(text) || BARE_ADDRESS.test(f))) return true;
  return !/[.!?]["”]?$/.test(text) && density(unit) > 0.9 && !inCaption(unit);
}

/** Trim furniture from the top and bottom of `root`; `title` is the headline, repeated at the top by some templates. */
export function trimEdges(root: Element, title: string): void {
  const units = textUnits(root);
  const texts = units.map((u) => nfc((u.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const firstProse = texts.findIndex(isProse);
  if (firstProse === -1) return;
  let lastProse = firstProse;
  for (let i = texts.length - 1; i > firstProse; i--) {
    if (isProse(texts[i]!)) {
      lastProse = i;
      break;
    }
  }
  const foldedTitle = fold(title);
  const doomed: Unit[] = [];
  for (let i = 0; i < firstProse; i++) {
    if (isLeadingJunk(units[i]!, texts[i]!, foldAligned(texts[i]!), foldedTitle)) doomed.push(units[i]!);
  }
  for (let i = texts.length - 1; i > lastProse; i--) {
    if (isTrailingJunk(units[i]!, texts[i]!, foldAligned(texts[i]!))) doomed.push(units[i]!);
  }
  // The same caption or teaser again (galleries repeat them): only the first stays.
  const seen = new Set<string>();
  texts.forEach((t, i) => {
    if (t.length < 30) return;
    if (seen.has(t)) doomed.push(units[i]!);
    seen.add(t);
  });
  // A unit that contains a prose unit (a wrapper) is never removed.
  const prose = units.filter((_, i) => i >= firstProse && i <= lastProse && isProse(texts[i]!));
  for (const unit of doomed) if (!prose.some((p) => p !== unit && unit.contains(p))) unit.parentNode?.removeChild(unit);
}
