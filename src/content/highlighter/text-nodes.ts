/**
 * The text nodes a range covers, split at its boundaries so that each one is
 * wholly inside. Every split is recorded so removal can join exactly those
 * nodes again (never page text nodes that were separate to begin with).
 */
import { isSkippedElement } from '../../core/anchoring/skip';

const TEXT_NODE = 3;
const SHOW_TEXT = 0x4;

/** A text node cut in two by highlighting: `left` keeps the original node's identity. */
export type Split = { left: Text; right: Text };

function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}

function walkerAt(node: Node): TreeWalker {
  // Rooted at the node's tree root, so detached fragments (tests, the stored-copy renderer) work too.
  const walker = node.ownerDocument!.createTreeWalker(node.getRootNode(), SHOW_TEXT);
  walker.currentNode = node;
  return walker;
}

/** Deepest last descendant of a node (the node itself when it has no children). */
function lastDescendant(node: Node): Node {
  while (node.lastChild) node = node.lastChild;
  return node;
}

/** First text node at or after the boundary point (container, offset). */
function firstTextFrom(container: Node, offset: number): Text | null {
  const child = container.childNodes[offset];
  if (child && isText(child)) return child;
  const walker = walkerAt(child ?? lastDescendant(container));
  return walker.nextNode() as Text | null;
}

/** Last text node before the boundary point (container, offset). */
function lastTextBefore(container: Node, offset: number): Text | null {
  const child = offset > 0 ? container.childNodes[offset - 1] : undefined;
  if (!child) return walkerAt(container).previousNode() as Text | null;
  const deepest = lastDescendant(child);
  if (isText(deepest)) return deepest;
  return walkerAt(deepest).previousNode() as Text | null;
}

/** True when a text node sits inside script, style or another element that is not page text. */
function isSkipped(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (isSkippedElement(el)) return true;
  return false;
}

/**
 * Split the range's boundary text nodes and return the text nodes inside it, in
 * document order. Splits are appended to `splits`.
 */
export function splitTextNodes(range: Range, splits: Split[]): Text[] {
  if (range.collapsed) return [];
  const { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo } = range;
  // The end first, so that the start offset stays valid when both are in one node.
  let last: Text | null;
  if (isText(ec)) {
    if (eo === 0) last = walkerAt(ec).previousNode() as Text | null;
    else {
      if (eo < ec.data.length) splits.push({ left: ec, right: ec.splitText(eo) });
      last = ec;
    }
  } else last = lastTextBefore(ec, eo);
  let first: Text | null;
  if (isText(sc)) {
    if (so === 0) first = sc;
    else if (so >= sc.data.length) first = walkerAt(sc).nextNode() as Text | null;
    else {
      first = sc.splitText(so);
      splits.push({ left: sc, right: first });
      if (last === sc) last = first;
    }
  } else first = firstTextFrom(sc, so);
  if (!first || !last) return [];
  const nodes: Text[] = [];
  const walker = walkerAt(first);
  for (let node: Node | null = first; node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE && !isSkipped(node)) nodes.push(node as Text);
    if (node === last) return nodes;
  }
  // `last` was never reached: the boundaries were reversed, nothing is inside.
  return [];
}

/**
 * Join split text nodes that are siblings again (after their marks were removed).
 * Latest splits first, so chains of splits fold back into the original node.
 */
export function joinSplits(splits: Split[]): void {
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = splits.length - 1; i >= 0; i--) {
      const { left, right } = splits[i]!;
      if (!right.parentNode || !left.parentNode) {
        splits.splice(i, 1); // The page removed one of them: nothing to restore.
        continue;
      }
      if (left.nextSibling !== right) continue;
      left.appendData(right.data);
      right.remove();
      splits.splice(i, 1);
      for (const s of splits) if (s.left === right) s.left = left;
      merged = true;
    }
  }
}
