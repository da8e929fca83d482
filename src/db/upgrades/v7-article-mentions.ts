/**
 * v7 upgrade: mention records are regrouped into one row per article (db/mentions.ts), with
 * every record kept as it was, tombstones included. Dexie's own promises only, for the
 * reason given in v6-packed-search.ts.
 */
import type { Transaction } from 'dexie';

type OldMention = { articleId: string; entityId: string };

export function packMentions(tx: Transaction): Promise<unknown> {
  return tx
    .table('mentions')
    .toArray()
    .then((mentions: OldMention[]) => {
      // The grouping is repeated here, not imported, so that this upgrade never changes with the module.
      const by = new Map<string, OldMention[]>();
      for (const m of mentions) (by.get(m.articleId) ?? by.set(m.articleId, []).get(m.articleId)!).push(m);
      const rows = [...by].map(([articleId, list]) => ({ articleId, entityIds: [...new Set(list.map((m) => m.entityId))], mentions: list }));
      return tx.table('articleMentions').bulkPut(rows);
    });
}
