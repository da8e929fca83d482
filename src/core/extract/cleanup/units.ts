/**
 * Text units of the body, in order: the block around each run of text, or, where a wrapper
 * mixes loose text with blocks, that loose text itself, so "Published" beside a gallery is a
 * unit of its own rather than part of the wrapper.
 */
import { foldAligned } from '../../text/fold-aligned';
import { descendant } from '../dom';
import { parseVisibleDate } from '../metadata/dates';

const SHOW_TEXT = 4;
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'td', 'th', 'blockquote', 'pre', 'section', 'article', 'aside', 'figure', 'figcaption', 'header', 'footer', 'address', 'ul', 'ol', 'table']);

/** The nearest block ancestor of `node` inside `root`, or `root`. (A loop: closest() with a list of tags is slow in jsdom.) */
function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK.has(el.localName)) el = el.parentElement;
  return el ?? root;
}

function hasBlockInside(el: Element): boolean {
  return descendant(el, BLOCK) !== null;
}

/** An element, or a loose text node. */
export type Unit = Element | Text;

/** The text units under `root`, in document order. */
export function textUnits(root: Element): Unit[] {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const hasBlocks = new Map<Element, boolean>();
  const out: Unit[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue?.trim()) continue;
    const block = blockOf(n, root);
    let mixed = hasBlocks.get(block);
    if (mixed === undefined) hasBlocks.set(block, (mixed = hasBlockInside(block)));
    let unit: Unit = block;
    if (mixed) {
      // The child of the wrapper that holds this text: an inline element or the text itself.
      let node: Node = n;
      while (node.parentNode && node.parentNode !== block) node = node.parentNode;
      unit = node as Unit;
    }
    if (unit === root) continue;
    if (out[out.length - 1] !== unit) out.push(unit);
  }
  return out;
}

/** A date or date-and-time line with little else ("Nov. 20, 2019 5:52 AM EST", "segunda-feira, 22 de janeiro de 2018 às 0:13"). */
export function isDateLine(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  const f = foldAligned(text);
  // Any language: a year and a time close together, in a short line.
  if (/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(f) && /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/.test(f) && text.length <= 60) return true;
  if (parseVisibleDate(text, true)) {
    const rest = f.replace(/[\d\s:/.,\-–|()+']|(?<![a-z])(?:am|pm|gmt|utc|[a-z]{3,9}day|thu \S+|chu nhat|ngay|thang|nam|[a-z]{3,4}\.?)(?![a-z])/g, '');
    return rest.length <= 20;
  }
  return /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\d{4})?$/i.test(text.trim());
}
