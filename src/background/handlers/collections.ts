/** Handlers of the collection calls (src/messages/calls/collections.ts). */
import { CollectionNameError, CollectionNotFoundError, collectionsOf, createCollectionWith, listCollections, setMembership } from '../../db/collections';
import { AppFailure } from '../../messages/result';
import type { BackgroundHandlers } from '../../messages/protocol';
import type { ClipCollections, CollectionReplies } from '../../messages/calls/collections';
import { db } from '../database';

async function clipCollections(articleId: string): Promise<ClipCollections> {
  const [collections, member] = await Promise.all([listCollections(db), collectionsOf(db, articleId)]);
  return { collections, member };
}

/** Refuse an edit for a clip that is gone (deleted in the library, or replaced by an import). */
async function requireArticle(articleId: string): Promise<void> {
  const article = await db.articles.get(articleId);
  if (!article || article.deletedAt) throw new AppFailure('not-found', 'That clip is no longer in the library.');
}

/** Run a write, turning the data layer's errors into the codes the popup explains. */
async function write(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (err instanceof CollectionNotFoundError) throw new AppFailure('not-found', err.message);
    if (err instanceof CollectionNameError) throw new AppFailure('bad-request', err.message);
    throw err;
  }
}

export const collectionHandlers = {
  async getClipCollections({ articleId }) {
    return clipCollections(articleId);
  },
  async setClipCollection({ articleId, collectionId, member }) {
    await requireArticle(articleId);
    await write(() => setMembership(db, collectionId, [articleId], member));
    return clipCollections(articleId);
  },
  async createCollectionFor({ articleId, name }) {
    await requireArticle(articleId);
    await write(() => createCollectionWith(db, name, [articleId]));
    return clipCollections(articleId);
  },
} satisfies Pick<BackgroundHandlers, keyof CollectionReplies>;
