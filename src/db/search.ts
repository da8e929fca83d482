/**
 * Full-text search over titles and texts: an inverted index in IndexedDB.
 *
 * Why this shape (measured with 10,000 clips of ~1,500 words): a multiEntry index of every
 * folded word made a clip's write 8× slower, the import 15× slower and the database 5× larger,
 * and a two-word search still took ~380 ms because common syllables match thousands of clips.
 * Here each term's postings are packed sorted Uint32Arrays of document numbers, in rows of
 * 4,096 documents, so new documents only touch small rows and a query reads a few rows per
 * word; intersection starts from the rarest word. Indexing is not done at clip time: the clip
 * queues the article in its own transaction and `drainSearchQueue` indexes in batches; an
 * import indexes what it imports in its own transaction, from the texts it already holds.
 */
import { Dexie } from 'dexie';
import { queryTerms, termsOf } from '../core/search/terms';
import { intersect, unionAll } from '../core/search/postings';
import type { DossierDB } from './db';

const CHUNK = 4096;
/** A last query word this short matches only itself; longer ones match every word they begin. */
const MIN_PREFIX = 2;
/** A prefix that begins more words than this is too vague to expand to all of them. */
const MAX_EXPANSIONS = 64;

/** What gets indexed for one article. */
export type IndexDoc = { articleId: string; title: string; text: string };

/** Tables a transaction must include to call `indexDocuments`. */
export const indexTables = (db: DossierDB) => [db.searchDocs, db.searchPostings, db.searchMeta];

/** What indexing needs read first: the next document number and the old numbers of the articles. */
export type IndexStart = { next: number; oldDocNos: number[] };

/** The index rows for some documents, computed in memory (no database access). */
export type IndexBuild = { next: number; first: number; docs: Array<{ docNo: number; articleId: string }>; added: Array<Map<string, number[]>> };

/** Read what indexing `articleIds` needs. Call inside a transaction that includes `indexTables(db)`. */
export async function startIndex(db: DossierDB, articleIds: readonly string[]): Promise<IndexStart> {
  const [meta, oldDocNos] = await Promise.all([db.searchMeta.get('index'), db.searchDocs.where('articleId').anyOf(articleIds).primaryKeys()]);
  return { next: meta?.nextDocNo ?? 0, oldDocNos: oldDocNos as number[] };
}

/** Number the documents from `next` and gather each term's new document numbers, per chunk. */
export function buildIndex(docs: ReadonlyArray<IndexDoc | { articleId: string; title: null; text: null }>, next: number): IndexBuild {
  const first = next;
  // Per chunk, term -> new docNos ascending (one map per chunk: no "term+chunk" key per posting).
  const added: Array<Map<string, number[]>> = [];
  const rows = [];
  for (const doc of docs) {
    if (doc.text === null) continue;
    const docNo = next++;
    rows.push({ docNo, articleId: doc.articleId });
    const chunk = Math.floor(docNo / CHUNK);
    const terms = (added[chunk] ??= new Map());
    for (const term of termsOf(`${doc.title}\n${doc.text}`)) {
      const list = terms.get(term);
      if (list) list.push(docNo);
      else terms.set(term, [docNo]);
    }
  }
  return { next, first, docs: rows, added };
}

/** Write what `buildIndex` computed; old document numbers leave searchDocs (their postings are skipped at query time). */
export async function writeIndex(db: DossierDB, start: IndexStart, build: IndexBuild): Promise<void> {
  // Rows can exist only for the chunk the first new number falls in, and only if an older
  // number fell in it too: every later chunk is new. (Reading them all took seconds in an import.)
  const partial = build.first % CHUNK ? Math.floor(build.first / CHUNK) : -1;
  const toRead = [...(build.added[partial]?.keys() ?? [])];
  const rows = await db.searchPostings.bulkGet(toRead.map((term) => [term, partial]));
  const found = new Map(rows.map((row, i) => [toRead[i]!, row?.docs]));
  const postings: Array<{ term: string; chunk: number; docs: Uint32Array }> = [];
  build.added.forEach((terms, chunk) => {
    for (const [term, fresh] of terms) {
      const old = chunk === partial ? found.get(term) : undefined;
      // New numbers are larger than every number already indexed: appending keeps the list sorted.
      if (!old?.length) {
        postings.push({ term, chunk, docs: Uint32Array.from(fresh) });
        continue;
      }
      const docs = new Uint32Array(old.length + fresh.length);
      docs.set(old);
      docs.set(fresh, old.length);
      postings.push({ term, chunk, docs });
    }
  });
  await Promise.all([
    db.searchDocs.bulkDelete(start.oldDocNos),
    db.searchPostings.bulkPut(postings),
    db.searchDocs.bulkPut(build.docs),
    db.searchMeta.put({ key: 'index', nextDocNo: build.next }),
  ]);
}

/**
 * Index `docs` (replacing their previous entries). Call inside a transaction that includes
 * `indexTables(db)`. Deleted articles are passed as null text to drop them from the index.
 */
export async function indexDocuments(db: DossierDB, docs: Array<IndexDoc | { articleId: string; title: null; text: null }>): Promise<void> {
  if (!docs.length) return;
  const start = await startIndex(db, docs.map((d) => d.articleId));
  await writeIndex(db, start, buildIndex(docs, start.next));
}

/** Index up to `batch` queued articles; returns how many are left in the queue. */
export async function drainSearchQueue(db: DossierDB, batch = 500): Promise<number> {
  return db.transaction('rw', [db.searchQueue, db.articles, db.bodies, ...indexTables(db)], async () => {
    const queued = await db.searchQueue.limit(batch).primaryKeys();
    if (!queued.length) return 0;
    const [articles, bodies] = await Promise.all([db.articles.bulkGet(queued), db.bodies.bulkGet(queued)]);
    await indexDocuments(
      db,
      queued.map((articleId, i) => {
        const a = articles[i];
        return a && !a.deletedAt ? { articleId, title: a.title, text: bodies[i]?.text ?? '' } : { articleId, title: null, text: null };
      }),
    );
    await db.searchQueue.bulkDelete(queued);
    return db.searchQueue.count();
  });
}

/** Postings of `word` exactly, or with `prefix`, of up to MAX_EXPANSIONS words it begins. */
async function postingsFor(db: DossierDB, word: string, prefix: boolean): Promise<Uint32Array> {
  const exact = db.searchPostings.where('[term+chunk]').between([word, Dexie.minKey], [word, Dexie.maxKey]);
  if (!prefix) return unionAll([...(await exact.toArray()).map((r) => r.docs), new Uint32Array(0)]);
  // Keys first (cheap), so a vague prefix reads the rows of a bounded number of words.
  const keys = (await db.searchPostings.where('[term+chunk]').between([word, Dexie.minKey], [`${word}\uffff`, Dexie.maxKey]).primaryKeys()) as [string, number][];
  const terms = [...new Set(keys.map(([term]) => term))];
  const chosen = new Set(terms.includes(word) ? [word, ...terms.filter((t) => t !== word).slice(0, MAX_EXPANSIONS - 1)] : terms.slice(0, MAX_EXPANSIONS));
  const rows = await db.searchPostings.bulkGet(keys.filter(([term]) => chosen.has(term)));
  return unionAll([...rows.map((r) => r?.docs ?? new Uint32Array(0)), new Uint32Array(0)]);
}

/**
 * Document numbers matching every word of `query`, newest first. Words are whole words,
 * except the last, which also matches the words it begins (the one being typed).
 */
export async function searchDocNos(db: DossierDB, query: string): Promise<Uint32Array> {
  const words = queryTerms(query);
  if (!words.length) return new Uint32Array(0);
  const lists = await Promise.all(words.map((w, i) => postingsFor(db, w, i === words.length - 1 && w.length >= MIN_PREFIX)));
  lists.sort((a, b) => a.length - b.length);
  let hits = lists[0]!;
  for (const list of lists.slice(1)) {
    if (!hits.length) break;
    hits = intersect(hits, list);
  }
  return hits.slice().reverse();
}

// The map from live document numbers to articles, kept between searches while the index is unchanged.
let cached: { db: DossierDB; version: string; map: Map<number, string> } | null = null;

/** The map from live document numbers to article ids; reloaded only when the index changed. */
export async function docMap(db: DossierDB): Promise<Map<number, string>> {
  const [meta, count] = await Promise.all([db.searchMeta.get('index'), db.searchDocs.count()]);
  const version = `${meta?.nextDocNo ?? 0}/${count}`;
  if (cached?.db === db && cached.version === version) return cached.map;
  const docs = await db.searchDocs.toArray();
  const map = new Map(docs.map((d) => [d.docNo, d.articleId]));
  cached = { db, version, map };
  return map;
}

/**
 * Ids of the articles matching `query`, newest indexed first. Articles still waiting in the
 * queue are checked directly, so a clip is findable the moment it is stored.
 */
export async function searchArticleIds(db: DossierDB, query: string): Promise<string[]> {
  const [docNos, map, pending] = await Promise.all([searchDocNos(db, query), docMap(db), db.searchQueue.toCollection().primaryKeys()]);
  const ids: string[] = [];
  // A queued article is judged on its current text only, never on its stale postings.
  const seen = new Set<string>(pending);
  if (pending.length) {
    const words = queryTerms(query);
    const [articles, bodies] = await Promise.all([db.articles.bulkGet(pending), db.bodies.bulkGet(pending)]);
    pending.forEach((id, i) => {
      const terms = termsOf(`${articles[i]?.title ?? ''}\n${bodies[i]?.text ?? ''}`);
      const last = words.length - 1;
      const match = words.every((w, k) => terms.has(w) || (k === last && w.length >= MIN_PREFIX && [...terms].some((t) => t.startsWith(w))));
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
