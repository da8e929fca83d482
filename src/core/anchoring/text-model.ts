/**
 * The text model of a root: its text nodes in document order and their NFC text,
 * with an exact map from NFC offsets to raw offsets (see nfc-map). Selectors are
 * offsets in `text`; points.ts converts them to and from DOM points.
 */
import { toNfc, type NfcText } from './nfc-map';
import { isSkippedElement } from './skip';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const SHOW_TEXT = 0x4;
const SHOW_ELEMENT_AND_TEXT = 0x1 | SHOW_TEXT;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/** A root's text, built once and shared by describe and anchor. */
export type TextModel = {
  /** The root the offsets are relative to. */
  root: Node;
  /** Text nodes that make up the text, in document order, as they were when the model was built. */
  nodes: Text[];
  /** `starts[i]` is the raw offset of `nodes[i]`; `starts[nodes.length]` is the raw length. */
  starts: Int32Array;
  /** NFC text and its map to raw offsets. */
  nfc: NfcText;
  /** The NFC text (same as `nfc.text`). */
  text: string;
};

/** A walker over the text nodes of `root` that count (skipping script, style and the like), positioned at `at`. */
export function textWalker(root: Node, at?: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, {
    acceptNode: (node) =>
      node.nodeType !== ELEMENT_NODE ? FILTER_ACCEPT : isSkippedElement(node as Element) ? FILTER_REJECT : FILTER_SKIP,
  });
  if (at) walker.currentNode = at;
  return walker;
}

/** The text nodes of `root` that count, in document order. */
function collectTextNodes(root: Node): Text[] {
  if (root.nodeType === TEXT_NODE || root.nodeType === CDATA_SECTION_NODE) return [root as Text];
  // A plain walker plus a memo per parent element: a filter called on every element is slow in jsdom.
  const memo = new Map<Element, boolean>();
  const skipped = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    let value = memo.get(el);
    if (value === undefined) memo.set(el, (value = isSkippedElement(el) || skipped(el.parentElement)));
    return value;
  };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skipped(node.parentElement)) nodes.push(node as Text);
  return nodes;
}

/**
 * Build the text model of `root`. It stays valid while highlights are added (they
 * split and wrap text nodes but keep the text); rebuild it after the page's text
 * changed or highlights were removed.
 */
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
