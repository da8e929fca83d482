/**
 * Text units of the body, in order: the block around each run of text, or, where a wrapper
 * mixes loose text with blocks, that loose text itself, so "Published" beside a gallery is a
 * unit of its own rather than part of the wrapper.
 */
import { foldAligned } from '../../text/fold-aligned';
import { descendant } from '../dom';
import { parseDate } from '../metadata/dates';

const SHOW_TEXT = 4;
const BLOCK = new Set('p div h1 h2 h3 h4 h5 h6 li dt dd td th blockquote pre section article aside figure figcaption header footer address ul ol table'.split(' '));

/** The nearest block ancestor of `node` inside `root`, or `root`. (A loop: closest() with a list of tags is slow in jsdom.) */
function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK.has(el.localName)) el = el.parentElement;
  return el ?? root;
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
    if (mixed === undefined) hasBlocks.set(block, (mixed = !!descendant(block, BLOCK)));
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
  const f = foldAligned(text);
  // Any language: a year and a time in a short line; or a date we can read, with at most four words beside it.
  return text.length <= 80 && ((/(?<!\d)(?:19|20)\d\d(?!\d)/.test(f) && /\d[:h]\d\d(?!\d)/.test(f)) || (!!parseDate(text, true) && (f.match(/[a-z]+/g)?.length ?? 0) <= 4));
}
