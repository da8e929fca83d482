/**
 * The short blocks around the headline, where pages print their date line and byline: first
 * those after it (until the prose begins), then a few before it. Blocks inside links, lists of
 * links, sidebars, menus and footers are skipped: their dates and names are other articles'.
 */
import { spacedText } from '../spaced-text';
import { isElsewhere } from './elsewhere';

const SHOW_TEXT = 4;
const AFTER_BUDGET = 40;
const BEFORE_BUDGET = 15;
/** Text this long is prose: the date line and byline are above it. */
export const PROSE = 200;

/** A block near the title, and on which side of it. */
export type NearBlock = { block: Element; text: string; after: boolean };

/** The block to read for a text node: its element, or the parent when a line is split over siblings. */
function blockOf(node: Node): Element | null {
  const el = node.parentElement;
  if (!el) return null;
  const parent = el.parentElement;
  if ((el.textContent ?? '').length < 40 && parent && (parent.textContent ?? '').length < 120) return parent;
  return el;
}

/** Short blocks near `title`, nearest first: after it, then before it. */
export function* blocksNearTitle(doc: Document, title: Element): Generator<NearBlock> {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  const seen = new Set<Element>();
  const read = (node: Node, after: boolean): NearBlock | null | 'stop' => {
    const value = node.nodeValue ?? '';
    if (!value.trim() || title.contains(node)) return null;
    if (value.length > PROSE) return 'stop';
    const block = blockOf(node);
    if (!block || seen.has(block) || block.contains(title) || title.contains(block)) return null;
    seen.add(block);
    const text = spacedText(block).normalize('NFC');
    if (text.length > PROSE || isElsewhere(block)) return null;
    return { block, text, after };
  };
  walker.currentNode = title;
  for (let n = walker.nextNode(), budget = AFTER_BUDGET; n && budget > 0; n = walker.nextNode()) {
    if (title.contains(n)) continue;
    budget--;
    const found = read(n, true);
    if (found === 'stop') break;
    if (found) yield found;
  }
  walker.currentNode = title;
  for (let n = walker.previousNode(), budget = BEFORE_BUDGET; n && budget > 0; n = walker.previousNode(), budget--) {
    const found = read(n, false);
    if (found === 'stop') break;
    if (found) yield found;
  }
}
