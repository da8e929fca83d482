/**
 * v3 upgrade: queue every existing article for the new search index (the indexer drains the queue).
 * Dexie's own promises, not async/await: see ./v6-packed-search for why.
 */
import type { Transaction } from 'dexie';

export function enqueueAllArticles(tx: Transaction): Promise<unknown> {
  const queuedAt = new Date().toISOString();
  return tx
    .table('articles')
    .toCollection()
    .primaryKeys()
    .then((ids) => tx.table('searchQueue').bulkPut((ids as string[]).map((articleId) => ({ articleId, queuedAt }))));
}
