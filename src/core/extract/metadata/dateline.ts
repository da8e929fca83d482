/**
 * The visible date line near the headline ("13:40 - Thứ Tư, 08/02/2023", "Thứ hai, 6/5/2024,
 * 10:30 (GMT+7)", "Published 11:11 PM EST Nov 19, 2019"). Updated times ("Cập nhật", "Updated")
 * are skipped, and so are dates in links and lists (related news) and the header's date of today,
 * which is far above the title and has no time.
 */
import { foldAligned } from '../../text/fold-aligned';
import { parseIso, parseVisibleDate, type WallClock } from './dates';

const SHOW_TEXT = 4;
const AFTER_BUDGET = 40;
const BEFORE_BUDGET = 15;
// Prose has begun: the date line is above it.
const PROSE = 200;

// Markers that say what the date after them is.
const MARKER = /(?<![a-z])(cap nhat|updated?|last modified|modified|sua doi|chinh sua|published|posted|dang luc|dang ngay|ngay dang|xuat ban|first published)(?![a-z])/g;
const UPDATE = /^(?:cap nhat|update|updated|last modified|modified|sua doi|chinh sua)$/;
// Containers of other articles' dates.
const ELSEWHERE = /related|other|lien-?quan|tin-?khac|cung-?chuyen-?muc|sidebar|widget|most|popular|trending|comment|footer|menu|(?<![a-z])nav(?![a-z])/i;

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

function elsewhere(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    const tag = node.localName;
    if (tag === 'a' || tag === 'footer' || tag === 'nav' || tag === 'aside') return true;
    if (tag === 'li' && node.querySelector('a')) return true;
    if (ELSEWHERE.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

function readBlock(block: Element, dayFirst: boolean): WallClock | null {
  const time = block.localName === 'time' ? block : block.querySelector('time[datetime]');
  const text = (block.textContent ?? '').normalize('NFC');
  if (text.length > PROSE) return null;
  const part = publishedPart(text);
  if (part === null || !/\d/.test(part)) return null;
  const attr = time?.getAttribute('datetime');
  if (attr && part === text) {
    const iso = parseIso(attr);
    if (iso) return iso;
  }
  return parseVisibleDate(part, dayFirst);
}

/** The block to read for a text node: its element, or the parent when the date is split over siblings. */
function blockOf(node: Node): Element | null {
  const el = node.parentElement;
  if (!el) return null;
  const parent = el.parentElement;
  if ((el.textContent ?? '').length < 40 && parent && (parent.textContent ?? '').length < 120) return parent;
  return el;
}

/** The published date on the page's date line near `title`; null when none is found. */
export function readDateline(doc: Document, title: Element, dayFirst: boolean): WallClock | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  const seen = new Set<Element>();
  const visit = (node: Node): WallClock | null | 'stop' => {
    const value = node.nodeValue ?? '';
    if (!value.trim()) return null;
    if (value.length > PROSE) return 'stop';
    const block = blockOf(node);
    if (!block || seen.has(block) || title.contains(block)) return null;
    seen.add(block);
    if (elsewhere(block)) return null;
    return readBlock(block, dayFirst);
  };

  walker.currentNode = title;
  for (let n = walker.nextNode(), budget = AFTER_BUDGET; n && budget > 0; n = walker.nextNode(), budget--) {
    if (title.contains(n)) {
      budget++;
      continue;
    }
    const found = visit(n);
    if (found === 'stop') break;
    if (found) return found;
  }
  // Some templates print the date above the headline; only a full date-time is trusted there,
  // since the header's "today" (no time) sits above the title too.
  walker.currentNode = title;
  for (let n = walker.previousNode(), budget = BEFORE_BUDGET; n && budget > 0; n = walker.previousNode(), budget--) {
    const found = visit(n);
    if (found === 'stop') break;
    if (found && found.time) return found;
  }
  return null;
}
