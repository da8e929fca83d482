/**
 * The visible date line near the headline ("13:40 - Thứ Tư, 08/02/2023", "Thứ hai, 6/5/2024,
 * 10:30 (GMT+7)", "Published 11:11 PM EST Nov 19, 2019"). Updated times ("Cập nhật", "Updated")
 * are skipped, and so are dates in links and lists (related news) and the header's date of today,
 * which is far above the title and has no time.
 */
import { foldAligned } from '../../text/fold-aligned';
import { parseIso, parseVisibleDate, type WallClock } from './dates';
import { blocksNearTitle } from './near-title';

// Markers that say what the date after them is.
const MARKER = /(?<![a-z])(cap nhat|updated?|last modified|modified|sua doi|chinh sua|published|posted|dang luc|dang ngay|ngay dang|xuat ban|first published)(?![a-z])/g;
const UPDATE = /^(?:cap nhat|update|updated|last modified|modified|sua doi|chinh sua)$/;
/** The published part of a date line: what follows a "published" marker, else what precedes any "updated" one. */
function publishedPart(text: string): string | null {
  const f = foldAligned(text);
  const marks = [...f.matchAll(MARKER)];
  if (marks.length === 0) return text;
  const pub = marks.findIndex((m) => !UPDATE.test(m[1]!));
  if (pub !== -1) {
    const m = marks[pub]!;
    return text.slice(m.index + m[0].length, marks[pub + 1]?.index ?? text.length);
  }
  // Only "updated" markers: a date before the first one is the published time ("10:48 | Cập nhật: 11:05").
  return text.slice(0, marks[0]!.index);
}

function readBlock(block: Element, text: string, dayFirst: boolean): WallClock | null {
  const part = publishedPart(text);
  if (part === null || !/\d/.test(part)) return null;
  const attr = (block.localName === 'time' ? block : block.getElementsByTagName('time')[0])?.getAttribute('datetime');
  if (attr && part === text) {
    const iso = parseIso(attr);
    if (iso) return iso;
  }
  return parseVisibleDate(part, dayFirst);
}

/** The published date on the page's date line near `title`; null when none is found. */
export function readDateline(doc: Document, title: Element, dayFirst: boolean): WallClock | null {
  for (const { block, text, after } of blocksNearTitle(doc, title)) {
    const found = readBlock(block, text, dayFirst);
    // Above the headline only a full date-time is trusted: the header's "today" (no time) sits there too.
    if (found && (after || found.time)) return found;
  }
  return null;
}
