/**
 * Tiny DOM helpers that walk by tag name. In jsdom, the first selector query on a document
 * costs about 10 ms (the selector engine sets itself up per document), and the metadata rules
 * read the original page, which Readability never queried: plain walks keep that off the clock.
 */

/** The nearest ancestor of `node` (itself included when an element) whose tag is in `tags`, or null. */
export function ancestor(node: Node | null, tags: ReadonlySet<string>): Element | null {
  let el: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  while (el && !tags.has(el.localName)) el = el.parentElement;
  return el;
}

const SHOW_ELEMENT = 1;

/** Every element under `root`, in document order, by a tree walker (indexing a live collection is slow in jsdom). */
export function* elementsUnder(root: Node): Generator<Element> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) yield n as Element;
}

/** The first descendant of `el` whose tag is in `tags`, or null. */
export function descendant(el: Element, tags: ReadonlySet<string>): Element | null {
  for (const d of elementsUnder(el)) if (tags.has(d.localName)) return d;
  return null;
}

/** A set of tag names. */
export const tagSet = (...tags: string[]): ReadonlySet<string> => new Set(tags);
