/**
 * Highlighting a range by wrapping its text nodes, and removing highlights so the
 * DOM is exactly as before. The text itself never changes (nodes are only split and
 * wrapped), so anchoring offsets stay valid with highlights present.
 */
import { createMark, paintMark, MARK_TAG, type HighlightColor } from './mark';
import { joinSplits, splitTextNodes, type Split } from './text-nodes';

/** What `highlightRange` made, for recolouring and removal. */
export type HighlightHandle = {
  /** The highlight's id (also on each mark's `data-dossier-id`). */
  id: string;
  /** The mark elements, in document order (one per run of adjacent text nodes). */
  marks: HTMLElement[];
};

// Splits per document, shared by all highlights: a node split for one highlight may
// sit in another's mark, and is only joined when both are gone.
const splitsByDoc = new WeakMap<Document, Split[]>();

// Parents where a wrapper around whitespace would be invalid markup or a stray box.
const STRUCTURAL = /^(TABLE|THEAD|TBODY|TFOOT|TR|COLGROUP|UL|OL|DL|MENU|SELECT|OPTGROUP|DATALIST|HTML|HEAD|FRAMESET)$/;
const BLOCK = /^(P|DIV|H[1-6]|LI|DT|DD|TABLE|SECTION|ARTICLE|ASIDE|NAV|HEADER|FOOTER|MAIN|BLOCKQUOTE|FIGURE|FIGCAPTION|PRE|HR|FORM|FIELDSET|DETAILS|ADDRESS|UL|OL|DL)$/;
const WHITESPACE = /^[\s\u00A0]*$/;

function tagOf(node: Node | null): string {
  return node && node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
}

/** Whitespace between blocks or inside table and list structure is left alone. */
function skipRun(run: Text[]): boolean {
  if (!run.every((t) => WHITESPACE.test(t.data))) return false;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return STRUCTURAL.test(tagOf(first.parentNode)) || BLOCK.test(tagOf(first.previousSibling)) || BLOCK.test(tagOf(last.nextSibling));
}

/** Group text nodes into runs of adjacent siblings: one mark per run. */
function runsOf(nodes: Text[]): Text[][] {
  const runs: Text[][] = [];
  let run: Text[] = [];
  for (const node of nodes) {
    if (run.length && run[run.length - 1]!.nextSibling !== node) {
      runs.push(run);
      run = [];
    }
    run.push(node);
  }
  if (run.length) runs.push(run);
  return runs.filter((r) => !skipRun(r));
}

/** Highlight the text of `range` with marks carrying `id` and painted `color`. */
export function highlightRange(range: Range, options: { id: string; color: HighlightColor }): HighlightHandle {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  let splits = splitsByDoc.get(doc);
  if (!splits) splitsByDoc.set(doc, (splits = []));
  const nodes = splitTextNodes(range, splits);
  const marks: HTMLElement[] = [];
  for (const run of runsOf(nodes)) {
    const mark = createMark(doc, options.id, options.color);
    run[0]!.parentNode!.insertBefore(mark, run[0]!);
    for (const node of run) mark.appendChild(node);
    marks.push(mark);
  }
  if (!marks.length) joinSplits(splits); // Nothing wrapped: undo the splits right away.
  return { id: options.id, marks };
}

/** Change the colour of a highlight. */
export function recolorHighlight(handle: HighlightHandle, color: HighlightColor): void {
  for (const mark of handle.marks) paintMark(mark, color);
}

/** Unwrap marks and join the text nodes highlighting split. */
function unwrap(marks: Iterable<Element>, doc: Document): void {
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    mark.remove();
  }
  const splits = splitsByDoc.get(doc);
  if (splits) joinSplits(splits);
}

/** Remove a highlight: its marks go and the text nodes are as they were before it. */
export function removeHighlight(handle: HighlightHandle): void {
  const doc = handle.marks[0]?.ownerDocument;
  if (doc) unwrap(handle.marks, doc);
  handle.marks = [];
}

/** Remove every Dossier highlight under `root`; returns how many marks were removed. */
export function removeAllHighlights(root: ParentNode & Node): number {
  const marks = [...root.querySelectorAll(MARK_TAG)];
  unwrap(marks, root.ownerDocument ?? (root as Document));
  return marks.length;
}
