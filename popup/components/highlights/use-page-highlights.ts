/** The popup's highlights of its tab: drawn on the page when the popup opens, changed through the background. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../../src/platform/send';
import type { HighlightView } from '../../../src/messages/calls/highlights';
import type { AppError } from '../../../src/messages/result';
import type { ArticleRecord } from '../../../src/db/types';
import type { HighlightFields } from '../../shared/highlights/draft';

/** What the highlights section shows and can do. */
export type PageHighlights = {
  view: HighlightView | null;
  busy: boolean;
  error: AppError | null;
  /** Highlights are taken off the page (until shown again). */
  hidden: boolean;
  create(fields: HighlightFields): Promise<boolean>;
  update(id: string, fields: HighlightFields): Promise<boolean>;
  remove(id: string): Promise<void>;
  attach(id: string): Promise<void>;
  toggleHidden(): Promise<void>;
  setAutoRestore(on: boolean): void;
};

/** `articleId` is the page's clip as the popup knows it; a clip made here (by a first highlight) is reported through `onArticle`. */
export function usePageHighlights(tabId: number, articleId: string | null, onArticle: (a: ArticleRecord) => void): PageHighlights {
  const [view, setView] = useState<HighlightView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [hidden, setHidden] = useState(false);

  /** Run a call; a view in the reply replaces the shown one. */
  const run = useCallback(async <T>(call: Promise<{ ok: true; value: T } | { ok: false; error: AppError }>, apply: (value: T) => void): Promise<boolean> => {
    setBusy(true);
    setError(null);
    const reply = await call;
    setBusy(false);
    if (!reply.ok) setError(reply.error);
    else apply(reply.value);
    return reply.ok;
  }, []);

  const show = useCallback(
    (next: HighlightView) => {
      setView(next);
      setHidden(false);
      if (next.article && next.article.id !== articleId) onArticle(next.article);
    },
    [articleId, onArticle],
  );

  // Drawn when the popup opens, and again when the page gets clipped from the popup.
  useEffect(() => {
    if (view && view.article?.id === articleId) return;
    void run(send('showHighlights', { tabId }), setView);
  }, [tabId, articleId]);

  const patch = (fn: (v: HighlightView) => HighlightView) => setView((v) => (v ? fn(v) : v));

  return {
    view,
    busy,
    error,
    hidden,
    create: (fields) => run(send('createHighlight', { tabId, ...fields }), show),
    update: (id, fields) => run(send('updateHighlight', { tabId, id, patch: fields }), (h) => patch((v) => ({ ...v, highlights: v.highlights.map((x) => (x.id === id ? h : x)) }))),
    remove: async (id) => {
      await run(send('deleteHighlight', { tabId, id }), () => patch((v) => ({ ...v, highlights: v.highlights.filter((x) => x.id !== id), orphanIds: v.orphanIds.filter((x) => x !== id) })));
    },
    attach: async (id) => {
      await run(send('reattachHighlight', { tabId, id }), show);
    },
    toggleHidden: async () => {
      if (hidden) await run(send('showHighlights', { tabId }), show);
      else await run(send('hideHighlights', { tabId }), () => setHidden(true));
    },
    setAutoRestore: (on) => patch((v) => ({ ...v, autoRestore: on })),
  };
}
