/**
 * Highlighting in a tab: create from the selection (clipping the page first when it is
 * not clipped), draw the stored highlights, move an orphan to a new selection. The tab's
 * address comes from the browser, never from the page.
 */
import { pageUrl } from '../core/extract';
import { createAnnotation, listAnnotationsForUrl, updateAnnotation } from '../db/annotations';
import { findArticleByUrl } from '../db/articles';
import type { AnnotationColor } from '../core/annotations/colors';
import type { HighlightView } from '../messages/calls/highlights';
import { AppFailure } from '../messages/result';
import { paintInTab, paintItem, selectionOf } from './annotator';
import { isAutoRestoreOn } from './auto-restore';
import { clipTab, tabUrl } from './clip';
import { db } from './database';

/** The analyst's choices for a new highlight. */
export type HighlightFields = { color: AnnotationColor; note: string; tags: string[] };

async function addressOf(tabId: number): Promise<string> {
  const url = await tabUrl(tabId);
  if (!url) throw new AppFailure('no-permission', 'Dossier cannot see this tab’s address.');
  return pageUrl(url);
}

/** Draw the tab's stored highlights on its page and say which found no place. */
export async function highlightView(tabId: number, changedId: string | null = null): Promise<HighlightView> {
  const url = await addressOf(tabId);
  const [found, autoRestore] = await Promise.all([listAnnotationsForUrl(db, url), isAutoRestoreOn(url)]);
  const view: HighlightView = { article: found?.article ?? null, highlights: found?.annotations ?? [], orphanIds: [], paintError: null, autoRestore, changedId };
  // Nothing to draw: the page is left alone (no script is injected for nothing).
  if (!view.highlights.length) return view;
  try {
    view.orphanIds = await paintInTab(tabId, view.highlights.map(paintItem), true);
  } catch (err) {
    view.paintError = err instanceof AppFailure ? err.code : 'internal';
  }
  return view;
}

/** Highlight the tab's selection; a page that is not clipped yet is clipped first. */
export async function highlightSelection(tabId: number, fields: HighlightFields): Promise<HighlightView> {
  const url = await addressOf(tabId);
  const selectors = await selectionOf(tabId);
  const article = (await findArticleByUrl(db, url)) ?? (await clipTab(tabId)).article;
  const record = await createAnnotation(db, { articleId: article.id, source: url, selectors, ...fields });
  return highlightView(tabId, record.id);
}

/** Move a highlight of the tab's article to the tab's current selection. */
export async function reattachToSelection(tabId: number, id: string): Promise<HighlightView> {
  const url = await addressOf(tabId);
  const found = await listAnnotationsForUrl(db, url);
  // Only a highlight of this very article may move here.
  if (!found?.annotations.some((a) => a.id === id)) throw new AppFailure('not-found', 'That highlight is not one of this page’s.');
  const selectors = await selectionOf(tabId);
  await updateAnnotation(db, id, { selectors });
  return highlightView(tabId, id);
}
