/** Handlers of the highlight calls (src/messages/calls/highlights.ts). */
import { pageUrl } from '../../core/extract';
import { AnnotationNotFound, deleteAnnotation, listAnnotationsForUrl, updateAnnotation } from '../../db/annotations';
import { AppFailure } from '../../messages/result';
import type { BackgroundHandlers } from '../../messages/protocol';
import type { HighlightReplies } from '../../messages/calls/highlights';
import { clearTab, paintItem, touchInTab } from '../annotator';
import { isAutoRestoreOn, setAutoRestore } from '../auto-restore';
import { tabUrl } from '../clip';
import { db } from '../database';
import { highlightSelection, highlightView, reattachToSelection } from '../highlights';

/** Run a db write, replying `not-found` for a highlight that is gone. */
async function found<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    if (err instanceof AnnotationNotFound) throw new AppFailure('not-found', err.message);
    throw err;
  }
}

export const highlightHandlers = {
  showHighlights: ({ tabId }) => highlightView(tabId),
  createHighlight: ({ tabId, ...fields }) => found(highlightSelection(tabId, fields)),
  async updateHighlight({ tabId, id, patch }) {
    const record = await found(updateAnnotation(db, id, patch));
    if (tabId !== null && patch.color) await touchInTab(tabId, { id, color: patch.color });
    return record;
  },
  async deleteHighlight({ tabId, id }) {
    await found(deleteAnnotation(db, id));
    if (tabId !== null) await touchInTab(tabId, { id, remove: true });
    return true as const;
  },
  reattachHighlight: ({ tabId, id }) => found(reattachToSelection(tabId, id)),
  hideHighlights: ({ tabId }) => clearTab(tabId),
  async setAutoRestore({ tabId, enabled }) {
    const url = await tabUrl(tabId);
    if (!url) throw new AppFailure('no-permission', 'Dossier cannot see this tab’s address.');
    return setAutoRestore(url, enabled);
  },
  async getPageHighlights(_args, sender) {
    // The browser's report of the sending page, never an address the page could choose.
    if (!(await isAutoRestoreOn(sender.url))) throw new AppFailure('forbidden', 'Highlights are not restored automatically on this site.');
    const page = await listAnnotationsForUrl(db, pageUrl(sender.url));
    return page ? page.annotations.map(paintItem) : [];
  },
} satisfies Pick<BackgroundHandlers, keyof HighlightReplies>;
