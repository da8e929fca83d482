/** Handlers of the clip calls (src/messages/calls/clip.ts). */
import { pageUrl } from '../../core/extract';
import { findArticleByUrl, listRecentArticles, updateArticleMetadata } from '../../db/articles';
import { AppFailure } from '../../messages/result';
import type { BackgroundHandlers } from '../../messages/protocol';
import type { ClipReplies } from '../../messages/calls/clip';
import { clipTab, tabUrl } from '../clip';
import { db } from '../database';
import { reportClip } from '../feedback';

export const clipHandlers = {
  async clipTab({ tabId }) {
    return reportClip(tabId, clipTab(tabId));
  },
  async getPageState({ tabId }) {
    let url: string | undefined;
    try {
      url = await tabUrl(tabId);
    } catch (err) {
      if (err instanceof AppFailure && err.code === 'restricted-page') return { url: '', blocked: 'restricted-page', article: null };
      throw err;
    }
    const address = url ? pageUrl(url) : '';
    return { url: address, blocked: null, article: (address && (await findArticleByUrl(db, address))) || null };
  },
  async listRecent({ limit }) {
    return listRecentArticles(db, limit);
  },
  async updateArticle({ id, patch }) {
    try {
      return await updateArticleMetadata(db, id, patch);
    } catch (err) {
      if (err instanceof Error && /^No article/.test(err.message)) throw new AppFailure('not-found', err.message);
      throw err;
    }
  },
} satisfies Pick<BackgroundHandlers, keyof ClipReplies>;
