/** v3 upgrade: queue every existing article for the new search index (the indexer drains the queue). */
import type { Transaction } from 'dexie';

export async function enqueueAllArticles(tx: Transaction): Promise<void> {
  const queuedAt = new Date().toISOString();
  const ids = (await tx.table('articles').toCollection().primaryKeys()) as string[];
  await tx.table('searchQueue').bulkPut(ids.map((articleId) => ({ articleId, queuedAt })));
}
