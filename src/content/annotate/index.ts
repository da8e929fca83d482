/**
 * The annotate script (dist/annotate.js): describes the selection and draws highlights on
 * the live page. Injected on demand (popup, shortcut, menu), or registered to load with the
 * pages of sites where the analyst turned on automatic restore. It lives in the extension's
 * isolated world: no globals or listeners in the page's world, no window messages, and it
 * never stores anything (storage here would be the page's).
 */
import { listen } from '../../platform/content-runtime';
import { createPainter } from './painter';
import { restoreOnLoad } from './restore';
import { describeSelection } from './selection';

const MARK = '__dossierAnnotateScript';

// Injecting twice into the same page must not register two listeners or two painters.
if (!(globalThis as Record<string, unknown>)[MARK]) {
  (globalThis as Record<string, unknown>)[MARK] = true;
  const painter = createPainter(() => document.body);
  listen({
    describeSelection: () => describeSelection(document),
    paintHighlights: ({ highlights, replace }) => ({ orphans: painter.paint(highlights, replace) }),
    recolorHighlight: ({ id, color }) => painter.recolor(id, color),
    removeHighlight: ({ id }) => painter.remove(id),
    removeAllHighlights: () => painter.clear(),
  });
  void restoreOnLoad(painter);
}
