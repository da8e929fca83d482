/**
 * The visible date line near the headline ("13:40 - Thứ Tư, 08/02/2023", "Thứ hai, 6/5/2024,
 * 10:30 (GMT+7)", "Published 11:11 PM EST Nov 19, 2019"), read in one walk over the page's text:
 * the first date in the short blocks after the headline, before the prose starts; failing that, a
 * date with a time just above the headline (some templates put it there; the header's date of
 * today has no time and sits further up). Updated times ("Cập nhật", "Updated") are skipped, and
 * so are dates in links, lists of links, sidebars and footers (other articles' dates).
 */
import { fold } from '../../text/fold';
import { foldAligned } from '../../text/fold-aligned';
import { ancestor, tagSet } from '../dom';
import { parseDate, type WallClock } from './dates';
import { isElsewhere } from './elsewhere';

// Markers that say what the date after them is.
const MARKER = /(?<![a-z])(cap nhat|updated?|(?:last )?modified|sua doi|chinh sua|published|posted|dang luc|ngay dang|xuat ban)(?![a-z])/g;
const UPDATE = /^(?:cap|upd|mod|las|sua|chi)/;
const LINKS = tagSet('a', 'li');
const AFTER = 40;
const BEFORE = 15;
const PROSE = 200;

/** The published part of a date line: what follows a "published" marker, else what precedes any "updated" one. */
function publishedPart(text: string): string {
  const marks = [...foldAligned(text).matchAll(MARKER)];
  const pub = marks.findIndex((m) => !UPDATE.test(m[1]!));
  if (pub !== -1) return text.slice(marks[pub]!.index + marks[pub]![0].length, marks[pub + 1]?.index);
  // "10:48 | Cập nhật: 11:05": a date before the first "updated" marker is the published time.
  return text.slice(0, marks[0]?.index);
}

/** A block's text nodes joined by spaces: "<span>27/04/2024</span><span>06:20</span>" must not read "27/04/202406:20". */
function textOf(block: Element): string {
  const walker = block.ownerDocument.createTreeWalker(block, 4);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) text += ` ${n.nodeValue}`;
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function readBlock(block: Element, dayFirst: boolean): WallClock | null {
  const text = textOf(block);
  const part = publishedPart(text);
  if (text.length > PROSE || !/\d/.test(part)) return null;
  const attr = (block.localName === 'time' ? block : block.getElementsByTagName('time')[0])?.getAttribute('datetime');
  return (attr && part === text && parseDate(attr, dayFirst)) || parseDate(part, dayFirst);
}

/** Does a text node read as the headline (folded `title`), whole or nearly? */
function isHeadline(value: string, title: string): boolean {
  const f = fold(value);
  return f.length >= 8 && (f === title || (title.startsWith(f) && f.length >= title.length * 0.6) || (f.startsWith(title) && title.length >= f.length * 0.6));
}

/** The published date on the page's date line near the headline `title`; null when none is found. */
export function readDateline(doc: Document, title: string, dayFirst: boolean): WallClock | null {
  const headline = fold(title);
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let read = 0;
  let headlineAt = -1;
  let above: { at: number; w: WallClock } | null = null;
  let last: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const value = n.nodeValue ?? '';
    if (!value.trim()) continue;
    read++;
    if (headlineAt < 0 && value.length < headline.length * 2 + 10 && isHeadline(value, headline) && !ancestor(n, LINKS)) {
      headlineAt = read;
      continue;
    }
    if (headlineAt >= 0 && (read - headlineAt > AFTER || value.length > PROSE)) break;
    // The block to read: the text's element, or its parent when a line is split over siblings.
    const el = n.parentElement!;
    const parent = el.parentElement;
    const block = (el.textContent ?? '').length < 40 && parent && (parent.textContent ?? '').length < 120 ? parent : el;
    if (block === last || isElsewhere(block)) continue;
    last = block;
    const w = readBlock(block, dayFirst);
    if (w && headlineAt >= 0) return w;
    if (w?.hour !== undefined) above = { at: read, w };
  }
  return headlineAt >= 0 && above && headlineAt - above.at <= BEFORE ? above.w : null;
}
