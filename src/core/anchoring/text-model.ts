/**
 * The text model of a root: its text nodes in document order, their NFC text, and
 * exact maps between NFC offsets and DOM points. Selectors are offsets in `text`.
 */
import { nfcOffsetOf, toNfc, type NfcText } from './nfc-map';
import { isSkippedElement } from './skip';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** A root's text, built once and shared by describe and anchor. */
export type TextModel = {
  /** The root the offsets are relative to. */
  root: Node;
  /** Text nodes that make up the text, in document order. */
  nodes: Text[];
  /** `starts[i]` is the raw offset of `nodes[i]`; `starts[nodes.length]` is the raw length. */
  starts: Int32Array;
  /** NFC text and its map to raw offsets. */
  nfc: NfcText;
  /** The NFC text (same as `nfc.text`). */
  text: string;
};

/** Walk the text nodes of `root` that count, skipping script, style and the like. */
function collectTextNodes(root: Node): Text[] {
  if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_SECTION_NODE) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) =>
      node.nodeType !== ELEMENT_NODE ? FILTER_ACCEPT : isSkippedElement(node as Element) ? FILTER_REJECT : FILTER_SKIP,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Build the text model of `root`. Rebuild it after the page's text changes or highlights are removed. */
export function buildTextModel(root: Node): TextModel {
  const nodes = collectTextNodes(root);
  const starts = new Int32Array(nodes.length + 1);
  const data: string[] = [];
  let length = 0;
  nodes.forEach((node, i) => {
    starts[i] = length;
    data.push(node.data);
    length += node.data.length;
  });
  starts[nodes.length] = length;
  const nfc = toNfc(data.join(''));
  return { root, nodes, starts, nfc, text: nfc.text };
}

/** Raw offset of an NFC offset. */
export function rawOffset(model: TextModel, offset: number): number {
  return model.nfc.rawOf ? model.nfc.rawOf[offset]! : offset;
}

/** Index of the node holding raw offset `raw`: for a start, the node whose text begins there; for an end, the one that ends there. */
function nodeIndexAt(model: TextModel, raw: number, side: 'start' | 'end'): number {
  const { starts, nodes } = model;
  let lo = 0;
  let hi = nodes.length - 1;
  // Last node that starts at or before `raw` (before it, for an end, so empty tails are avoided).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (side === 'start' ? starts[mid]! <= raw : starts[mid]! < raw) lo = mid;
    else hi = mid - 1;
  }
  // A start at the very end of a node belongs to the next non-empty node.
  while (side === 'start' && lo < nodes.length - 1 && starts[lo + 1]! <= raw) lo++;
  return lo;
}

/**
 * DOM point of a raw offset. Highlighting splits model nodes after the model was built;
 * the split-off parts follow the original in document order, so the walk continues there.
 */
function pointAt(model: TextModel, raw: number, side: 'start' | 'end'): [Text, number] {
  const index = nodeIndexAt(model, raw, side);
  let node = model.nodes[index]!;
  let offset = raw - model.starts[index]!;
  if (offset <= node.data.length && !(side === 'start' && offset === node.data.length && offset > 0)) return [node, offset];
  const doc = node.ownerDocument;
  const walker = doc.createTreeWalker(model.root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (n) => (n.nodeType !== ELEMENT_NODE ? FILTER_ACCEPT : isSkippedElement(n as Element) ? FILTER_REJECT : FILTER_SKIP),
  });
  walker.currentNode = node;
  while (side === 'start' ? offset >= node.data.length : offset > node.data.length) {
    const next = walker.nextNode() as Text | null;
    if (!next) break;
    offset -= node.data.length;
    node = next;
  }
  return [node, Math.min(offset, node.data.length)];
}

/** A DOM Range for NFC offsets [start, end) of the model's text. */
export function rangeOf(model: TextModel, start: number, end: number): Range {
  const doc = model.root.ownerDocument ?? (model.root as Document);
  const range = doc.createRange();
  if (model.nodes.length === 0) {
    range.selectNodeContents(model.root);
    return range;
  }
  const [startNode, startOffset] = pointAt(model, rawOffset(model, start), 'start');
  const [endNode, endOffset] = end === start ? [startNode, startOffset] : pointAt(model, rawOffset(model, end), 'end');
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

/** Raw offset of a DOM boundary point: text before it that belongs to the model. */
function rawOffsetOfPoint(model: TextModel, container: Node, offset: number): number {
  const { nodes, starts } = model;
  if (container.nodeType === TEXT_NODE) {
    const i = nodes.indexOf(container as Text);
    if (i >= 0) return starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // Otherwise: the raw start of the first model node at or after the point.
  const doc = model.root.ownerDocument ?? (model.root as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(nodes[mid]!, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return starts[lo]!;
}

/** NFC offsets [start, end) of a DOM range, clipped to the root; null if it is outside the root. */
export function offsetsOf(model: TextModel, range: Range): [number, number] | null {
  const root = model.root;
  if (!root.contains(range.startContainer) && !root.contains(range.endContainer)) return null;
  const rawStart = root.contains(range.startContainer) ? rawOffsetOfPoint(model, range.startContainer, range.startOffset) : 0;
  const rawEnd = root.contains(range.endContainer)
    ? rawOffsetOfPoint(model, range.endContainer, range.endOffset)
    : model.starts[model.nodes.length]!;
  const start = nfcOffsetOf(model.nfc, rawStart, 'start');
  const end = nfcOffsetOf(model.nfc, rawEnd, 'end');
  return [start, Math.max(start, end)];
}
