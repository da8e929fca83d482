/**
 * The stored copy's body with its highlights drawn by the same anchoring and highlighter
 * code as the live page. It also reports the analyst's selection in the body (as
 * selectors, kept while they type a note elsewhere) and clicks on highlights.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { describe, type Selectors } from '../../src/core/anchoring';
import { createPainter, type Painter } from '../../src/content/annotate/painter';
import { MARK_TAG, ID_ATTRIBUTE } from '../../src/content/highlighter';
import type { AnnotationRecord } from '../../src/db/types';
import { ArticleBodyView } from './ArticleBodyView';

type Props = {
  html: string;
  /** The selection waiting to become a highlight (kept visible while the analyst types a note). */
  selection: Selectors | null;
  highlights: AnnotationRecord[];
  /** Gets the painter once, so the side panel can scroll to a highlight. */
  onPainter: (painter: Painter) => void;
  onOrphans: (ids: string[]) => void;
  /** A new selection in the body, or null when the analyst clicked in the body without selecting. */
  onSelection: (selectors: Selectors | null) => void;
  onMarkClick: (id: string) => void;
};

// The CSS Custom Highlight API paints a range without touching the DOM (Chrome 105, Firefox 140).
type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
const HighlightCtor = (globalThis as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;

/** Keep the pending selection visible once focus moves to the note field (which takes the real selection). */
function showPending(range: Range | null): void {
  if (!registry || !HighlightCtor) return;
  if (range) registry.set('dossier-pending', new HighlightCtor(range));
  else registry.delete('dossier-pending');
}

export function HighlightedBody({ html, selection, highlights, onPainter, onOrphans, onSelection, onMarkClick }: Props) {
  const host = useRef<HTMLDivElement>(null);
  // The body itself, not the images notice that may come before it.
  const root = () => host.current!.querySelector(':scope > .body') as HTMLElement;
  const painter = useMemo(() => createPainter(root), []);
  useEffect(() => onPainter(painter), [painter]);

  // Drawn before the browser paints, so highlights never flash in late.
  useLayoutEffect(() => {
    onOrphans(painter.paint(highlights.map((h) => ({ id: h.id, color: h.color, selectors: h.selectors })), true));
  }, [html, highlights]);

  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || !host.current) return;
      const range = selection.getRangeAt(0);
      // A selection elsewhere (the note being typed) keeps the last one made in the body.
      if (!root().contains(range.commonAncestorContainer)) return;
      const described = selection.isCollapsed ? null : describe(root(), range);
      showPending(described ? range.cloneRange() : null);
      onSelection(described);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelection]);

  useEffect(() => {
    if (!selection) showPending(null);
  }, [selection]);

  const click = (e: MouseEvent) => {
    const mark = (e.target as Element).closest?.(MARK_TAG);
    const id = mark?.getAttribute(ID_ATTRIBUTE);
    if (id && document.getSelection()?.isCollapsed) onMarkClick(id);
  };
  return (
    <div ref={host} onClick={click}>
      <ArticleBodyView html={html} />
    </div>
  );
}
