/**
 * Drawing stored highlights on a root (the live page's body, or the stored copy's
 * article): anchor them all in one text model, wrap each match, remember the marks by
 * id so one highlight can be recoloured or removed. Shared by the annotate content
 * script and the stored-copy page, so both place highlights with the same code.
 */
import { anchorAllIn, buildTextModel } from '../../core/anchoring';
import { markColor, type AnnotationColor } from '../../core/annotations/colors';
import type { PaintItem } from '../../messages/calls/highlights';
import { highlightRange, recolorHighlight, removeAllHighlights, removeHighlight, type HighlightHandle } from '../highlighter';

/** The highlights drawn on one root. */
export type Painter = {
  /** Draw `items` (taking every highlight off first with `replace`); returns the ids that found no place. */
  paint(items: readonly PaintItem[], replace: boolean): string[];
  /** Repaint one highlight; false when it is not drawn. */
  recolor(id: string, color: AnnotationColor): boolean;
  /** Take one highlight off; false when it was not drawn. */
  remove(id: string): boolean;
  /** Take every highlight off; returns how many marks went. */
  clear(): number;
  /** The first mark of a drawn highlight (to scroll to it), or null. */
  markOf(id: string): HTMLElement | null;
  /** Counts paints and clears, so a slow restore can tell that newer highlights were drawn meanwhile. */
  readonly version: number;
};

/** A painter for highlights under `root` (a function, so the live page's body is looked up on each call). */
export function createPainter(root: () => HTMLElement): Painter {
  const drawn = new Map<string, HighlightHandle>();
  let version = 0;

  const remove = (id: string): boolean => {
    const handle = drawn.get(id);
    if (!handle) return false;
    removeHighlight(handle);
    drawn.delete(id);
    return true;
  };

  const clearAll = (): number => {
    drawn.clear();
    return removeAllHighlights(root());
  };

  return {
    paint(items, replace) {
      version++;
      if (replace) clearAll();
      else for (const item of items) remove(item.id);
      const model = buildTextModel(root());
      const matches = anchorAllIn(model, items.map((i) => i.selectors));
      const orphans: string[] = [];
      matches.forEach((match, i) => {
        const item = items[i]!;
        if (!match) {
          orphans.push(item.id);
          return;
        }
        // Resolved just before wrapping: earlier marks split text nodes, offsets stay valid.
        const handle = highlightRange(match.toRange(), { id: item.id, color: markColor(item.color) });
        if (handle.marks.length) drawn.set(item.id, handle);
        else orphans.push(item.id);
      });
      return orphans;
    },
    recolor(id, color) {
      const handle = drawn.get(id);
      if (handle) recolorHighlight(handle, markColor(color));
      return !!handle;
    },
    remove,
    clear() {
      version++;
      return clearAll();
    },
    markOf: (id) => drawn.get(id)?.marks[0] ?? null,
    get version() {
      return version;
    },
  };
}
