/**
 * Between NFC offsets of a text model and DOM points (Ranges).
 *
 * Highlighting splits model nodes after the model was built; the split-off parts
 * follow the original in document order and hold the rest of its text, so both
 * directions walk on from the original node when an offset lies beyond it.
 */
import { nfcOffsetOf } from './nfc-map';
import { textWalker, type TextModel } from './text-model';

const TEXT_NODE = 3;

/** Raw offset of an NFC offset. */
function rawOffset(model: TextModel, offset: number): number {
  return model.nfc.rawOf ? model.nfc.rawOf[offset]! : offset;
}

/** Index of the node holding raw offset `raw`: for a start, the node whose text begins there; for an end, the one that ends there. */
function nodeIndexAt(model: TextModel, raw: number, side: 'start' | 'end'): number {
  const { starts, nodes } = model;
  let lo = 0;
  let hi = nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (side === 'start' ? starts[mid]! <= raw : starts[mid]! < raw) lo = mid;
    else hi = mid - 1;
  }
  // A start at the very end of a node belongs to the next non-empty node.
  while (side === 'start' && lo < nodes.length - 1 && starts[lo + 1]! <= raw) lo++;
  return lo;
}

/** DOM point of a raw offset. */
function pointAt(model: TextModel, raw: number, side: 'start' | 'end'): [Text, number] {
  const index = nodeIndexAt(model, raw, side);
  let node = model.nodes[index]!;
  let offset = raw - model.starts[index]!;
  const beyond = (): boolean => (side === 'start' ? offset >= node.data.length && offset > 0 : offset > node.data.length);
  if (!beyond()) return [node, offset];
  const walker = textWalker(model.root, node);
  while (beyond()) {
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

/** Raw offset of a DOM boundary point: the length of the model's text before it. */
function rawOffsetOfPoint(model: TextModel, container: Node, offset: number): number {
  const { nodes, starts } = model;
  const isText = container.nodeType === TEXT_NODE;
  if (isText) {
    const i = nodes.indexOf(container as Text);
    if (i >= 0) return starts[i]! + Math.min(offset, (container as Text).data.length);
  }
  // First model node at or after the point.
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
  // A text node split off a model node by highlighting: count on from that node.
  if (isText && lo > 0) {
    const walker = textWalker(model.root, nodes[lo - 1]!);
    let raw = starts[lo - 1]!;
    for (let node: Node | null = nodes[lo - 1]!; node && node !== nodes[lo]; node = walker.nextNode()) {
      if (node === container) return raw + Math.min(offset, (node as Text).data.length);
      raw += (node as Text).data.length;
    }
  }
  return starts[lo]!;
}

/** NFC offsets [start, end) of a DOM range, clipped to the root; null if it is outside the root. */
export function offsetsOf(model: TextModel, range: Range): [number, number] | null {
  const root = model.root;
  const inStart = root.contains(range.startContainer);
  const inEnd = root.contains(range.endContainer);
  if (!inStart && !inEnd) return null;
  const rawStart = inStart ? rawOffsetOfPoint(model, range.startContainer, range.startOffset) : 0;
  const rawEnd = inEnd ? rawOffsetOfPoint(model, range.endContainer, range.endOffset) : model.starts[model.nodes.length]!;
  const start = nfcOffsetOf(model.nfc, rawStart, 'start');
  const end = nfcOffsetOf(model.nfc, rawEnd, 'end');
  return [start, Math.max(start, end)];
}
