/**
 * Full-text search over titles and texts: an inverted index in IndexedDB.
 *
 * Why this shape (measured with 10,000 clips of ~1,500 words): a multiEntry index of every
 * folded word made a clip's write 8× slower, the import 15× slower and the database 5× larger,
 * and a two-word search still took ~380 ms because common syllables match thousands of clips.
 * Here each term's postings are packed sorted Uint32Arrays of document numbers, in rows of
 * 4,096 documents, so new documents only touch small rows and a query reads a few rows per
 * word; intersection starts from the rarest word. Indexing is not done at clip time: the clip
 * queues the article in its own transaction and `drainSearchQueue` indexes in batches.
 */
import { Dexie } from 'dexie';
import { queryTerms, termsOf } from '../core/search/terms';
import { intersect, mergeInto, unionAll } from '../core/search/postings';
import type { DossierDB } from './db';

const CHUNK = 4096;
/** A short query word matches only itself; longer ones match every word they begin. */
const MIN_PREFIX = 2;
/** Past this many words starting with a prefix, the prefix is too vague to expand further. */
const MAX_EXPANSIONS = 400;

/** Index up to `batch` queued articles; returns how many are left in the queue. */
export async function drainSearchQueue(db: DossierDB, batch = 200): Promise<number> {
  return db.transaction('rw', [db.searchQueue, db.searchDocs, db.searchPostings, db.articles, db.bodies], async () => {
    const queued = await db.searchQueue.limit(batch).primaryKeys();
    if (!queued.length) return 0;
    const [articles, bodies, old] = await Promise.all([
      db.articles.bulkGet(queued),
      db.bodies.bulkGet(queued),
      db.searchDocs.where('articleId').anyOf(queued).primaryKeys(),
    ]);
    // Old document numbers simply disappear from searchDocs; their postings are skipped at query time.
    await db.searchDocs.bulkDelete(old);
    const last = await db.searchDocs.orderBy('docNo').last();
    let next = (last?.docNo ?? -1) + 1;
    const added = new Map<string, number[]>(); // "term\u0000chunk" -> new docNos
    const docs = [];
    for (let i = 0; i < queued.length; i++) {
      const article = articles[i];
      if (!article || article.deletedAt) continue;
      const docNo = next++;
      docs.push({ docNo, articleId: article.id });
      for (const term of termsOf(`${article.title}\n${bodies[i]?.text ?? ''}`)) {
        const key = `${term}\u0000${Math.floor(docNo / CHUNK)}`;
        const list = added.get(key);
        if (list) list.push(docNo);
        else added.set(key, [docNo]);
      }
    }
    const keys = [...added.keys()].map((k) => {
      const [term, chunk] = k.split('\u0000') as [string, string];
      return [term, Number(chunk)] as [string, number];
    });
    const existing = await db.searchPostings.bulkGet(keys);
    await db.searchPostings.bulkPut(
      keys.map(([term, chunk], i) => ({ term, chunk, docs: mergeInto(existing[i]?.docs ?? new Uint32Array(0), added.get(`${term}\u0000${chunk}`)!) })),
    );
    await db.searchDocs.bulkPut(docs);
    await db.searchQueue.bulkDelete(queued);
    return db.searchQueue.count();
  });
}

/** Postings of every term that `word` selects (itself, or every term it begins). */
async function postingsFor(db: DossierDB, word: string): Promise<Uint32Array> {
  const range =
    word.length < MIN_PREFIX
      ? db.searchPostings.where('[term+chunk]').between([word, Dexie.minKey], [word, Dexie.maxKey])
      : db.searchPostings.where('[term+chunk]').between([word, Dexie.minKey], [`${word}\uffff`, Dexie.maxKey]);
  const rows = await range.limit(MAX_EXPANSIONS * 3).toArray();
  return unionAll(rows.length ? rows.map((r) => r.docs) : [new Uint32Array(0)]);
}

/** Document numbers matching every word of `query`, newest first. */
export async function searchDocNos(db: DossierDB, query: string): Promise<Uint32Array> {
  const words = queryTerms(query);
  if (!words.length) return new Uint32Array(0);
  const lists = await Promise.all(words.map((w) => postingsFor(db, w)));
  lists.sort((a, b) => a.length - b.length);
  let hits = lists[0]!;
  for (const list of lists.slice(1)) {
    if (!hits.length) break;
    hits = intersect(hits, list);
  }
  return hits.slice().reverse();
}

/** A map from live document numbers to article ids (small: load once, reuse across searches). */
export async function loadDocMap(db: DossierDB): Promise<Map<number, string>> {
  const docs = await db.searchDocs.toArray();
  return new Map(docs.map((d) => [d.docNo, d.articleId]));
}

/**
 * Ids of the articles matching `query`, newest indexed first. Articles still waiting in the
 * queue are checked directly, so a clip is findable the moment it is stored.
 */
export async function searchArticleIds(db: DossierDB, query: string, docMap?: Map<number, string>): Promise<string[]> {
  const [docNos, map, pending] = await Promise.all([searchDocNos(db, query), docMap ?? loadDocMap(db), db.searchQueue.toCollection().primaryKeys()]);
  const ids: string[] = [];
  // A queued article is judged on its current text only, never on its stale postings.
  const seen = new Set<string>(pending);
  if (pending.length) {
    const words = queryTerms(query);
    const [articles, bodies] = await Promise.all([db.articles.bulkGet(pending), db.bodies.bulkGet(pending)]);
    pending.forEach((id, i) => {
      const terms = [...termsOf(`${articles[i]?.title ?? ''}\n${bodies[i]?.text ?? ''}`)];
      const match = words.every((w) => (w.length < MIN_PREFIX ? terms.includes(w) : terms.some((t) => t.startsWith(w))));
      if (match && articles[i] && !articles[i]!.deletedAt) ids.push(id);
    });
  }
  for (const docNo of docNos) {
    const id = map.get(docNo);
    if (id && !seen.has(id)) {
      ids.push(id);
      seen.add(id);
    }
  }
  return ids;
}
