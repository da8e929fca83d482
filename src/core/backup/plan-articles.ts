/** Planning the articles and their bodies: matched by id, then URL key, then content hash on the same site. */
import type { ArticleBody, ArticleRecord } from './records';
import { articleSites, articleUrlKeys, best, union } from './plan-keys';
import type { ImportConflict, Remap, TableStats } from './plan-types';
import { settle } from './settle';
import type { WorkingTable } from './working-table';

/** What planning the articles leaves behind for the other tables. */
export type ArticlesOutcome = {
  /** Incoming article id → id in the library. */
  ids: Map<string, string>;
  /** Bodies to write: those of articles whose incoming version was added or won. */
  bodies: ArticleBody[];
};

/** Settle the incoming articles, then pick the bodies that go with the versions that won. */
export function planArticles(
  work: WorkingTable<ArticleRecord>,
  incoming: readonly ArticleRecord[],
  bodies: readonly ArticleBody[],
  out: { conflicts: ImportConflict[]; remapped: Remap[]; stats: TableStats; bodyStats: TableStats },
): ArticlesOutcome {
  const ids = new Map<string, string>();
  // Incoming id → how its version went in, in settling order (a later win replaces an earlier one).
  const won = new Map<string, { outcome: 'added' | 'updated'; order: number }>();
  for (const article of incoming) {
    const match = findArticle(work, article);
    if (match && match.by !== 'id') {
      out.remapped.push({ table: 'articles', incomingId: article.id, existingId: match.record.id, by: match.by });
      out.stats.matched++;
    }
    const target = match?.record.id ?? article.id;
    ids.set(article.id, target);
    const settled = settle('articles', work, { ...article, id: target }, article.id, { conflicts: out.conflicts, stats: out.stats, combine: combineHistories }, ['urlKeys', 'captures']);
    if (settled.incomingWon) won.set(article.id, { outcome: settled.outcome === 'added' ? 'added' : 'updated', order: won.size });
  }
  // Two incoming duplicates of one page map to one id: the body of the version that won last goes in.
  const picked = new Map<string, { body: ArticleBody; order: number }>();
  for (const body of bodies) {
    const win = won.get(body.id);
    if (!win) {
      out.bodyStats.unchanged++;
      continue;
    }
    const target = ids.get(body.id) ?? body.id;
    const previous = picked.get(target);
    if (!previous || previous.order < win.order) picked.set(target, { body: { ...body, id: target }, order: win.order });
    out.bodyStats[win.outcome]++;
  }
  return { ids, bodies: [...picked.values()].map((p) => p.body) };
}

function findArticle(work: WorkingTable<ArticleRecord>, a: ArticleRecord): { record: ArticleRecord; by: 'url' | 'content-hash' | 'id' } | undefined {
  const same = work.get(a.id);
  if (same) return { record: same, by: 'id' };
  const byUrl = best(articleUrlKeys(a).flatMap((k) => work.lookup(`u:${k}`)));
  if (byUrl) return { record: byUrl, by: 'url' };
  if (!a.contentHash) return undefined;
  // Syndicated stories (a TTXVN dispatch reprinted by several papers) share their text: only the same site makes them one article.
  const sites = articleSites(a);
  const byHash = best(work.lookup(`h:${a.contentHash}`).filter((r) => [...articleSites(r)].some((s) => sites.has(s))));
  return byHash ? { record: byHash, by: 'content-hash' } : undefined;
}

/** URL keys and captures are histories: whichever version wins keeps both sides' entries. */
function combineHistories(winner: Record<string, unknown>, loser: Record<string, unknown>): Record<string, unknown> {
  const w = winner as ArticleRecord;
  const l = loser as ArticleRecord;
  const captureKey = (c: ArticleRecord['captures'][number]) => `${c.capturedAt}|${c.contentHash}|${c.url}`;
  const captures = union(w.captures ?? [], l.captures ?? [], captureKey);
  // Keep the winner's order unless the loser added something; then oldest first, as stored.
  if (captures.length > (w.captures ?? []).length) captures.sort((x, y) => (x.capturedAt < y.capturedAt ? -1 : x.capturedAt > y.capturedAt ? 1 : 0));
  return { ...winner, urlKeys: union(w.urlKeys ?? [], articleUrlKeys(l)), captures };
}
