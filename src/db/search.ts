/**
 * Full-text search over titles and texts: an inverted index in IndexedDB.
 *
 * Why this shape (measured with 10,000 clips of ~1,500 words): a multiEntry index of every
 * folded word made a clip's write 8× slower, the import 15× slower and the database 5× larger,
 * and a two-word search still took ~380 ms because common syllables match thousands of clips.
 * Here documents get increasing numbers, and each term's postings are sorted document
 * numbers in ranges (chunks) of 4,096, so new documents only touch the rows of the last
 * range and a query reads a few rows per word; intersection starts from the rarest word.
 * Rows are packed (core/search/rows): one row holds every term of a three-letter bucket for
 * one chunk, and one row maps a chunk's document numbers to articles, because IndexedDB's
 * cost per record, not per byte, dominated writing the index (schema v6; v3-v5 kept a row
 * per term and per document, ~37,000 records for 10,000 clips, now ~4,000).
 * Indexing is not done at clip time: the clip queues the article in its own transaction and
 * `drainSearchQueue` indexes in batches; an import indexes what it imports in its own
 * transaction, from the texts it already holds.
 */
import { Dexie } from 'dexie';
import { queryTerms, termsOf } from '../core/search/terms';
import { TermTable, scanTerms } from '../core/search/term-scan';
import { bucketOf, docsOf, mergeRow, packRows, termsWithPrefix, type PackedRow } from '../core/search/rows';
import { unionAll, intersect } from '../core/search/postings';
import type { DossierDB } from './db';
import type { SearchDocRow } from './types';

/** Document numbers per chunk (and per doc row). */
export const CHUNK = 4096;
/** A last query word this short matches only itself; longer ones match every word they begin. */
const MIN_PREFIX = 2;
/** A prefix that begins more words than this is too vague to expand to all of them. */
const MAX_EXPANSIONS = 64;

/** What gets indexed for one article; null title and text drop it from the index. */
export type IndexDoc = { articleId: string; title: string; text: string } | { articleId: string; title: null; text: null };

/** Tables a transaction must include to call `indexDocuments`. */
export const indexTables = (db: DossierDB) => [db.searchDocRows, db.searchRows, db.searchMeta];

/** What indexing reads first: the next document number, the doc rows, and the numbers the articles had. */
export type IndexStart = { next: number; writes: number; docRows: Map<number, string[]>; oldDocNos: number[] };

/** The index rows for some documents, computed in memory (no database access). */
export type IndexBuild = { next: number; first: number; docs: Array<{ docNo: number; articleId: string }>; rows: PackedRow[] };

/** Read what indexing `articleIds` needs. Call inside a transaction that includes `indexTables(db)`. */
export async function startIndex(db: DossierDB, articleIds: readonly string[]): Promise<IndexStart> {
  const [meta, rows] = await Promise.all([db.searchMeta.get('index'), db.searchDocRows.toArray()]);
  const wanted = new Set(articleIds);
  const oldDocNos: number[] = [];
  const docRows = new Map<number, string[]>();
  for (const row of rows) {
    docRows.set(row.chunk, row.ids);
    row.ids.forEach((id, i) => {
      if (id && wanted.has(id)) oldDocNos.push(row.chunk * CHUNK + i);
    });
  }
  return { next: meta?.nextDocNo ?? 0, writes: meta?.writes ?? 0, docRows, oldDocNos };
}

/** Number the documents from `next` and pack each chunk's postings into rows. */
export function buildIndex(docs: readonly IndexDoc[], next: number): IndexBuild {
  const first = next;
  const table = new TermTable();
  // Per chunk, term number -> new document numbers (ascending, as documents come in order).
  const chunks = new Map<number, Array<number[] | undefined>>();
  let seen = new Int32Array(1024).fill(-1); // the last document each term number was counted for
  const rows: IndexBuild['docs'] = [];
  for (const doc of docs) {
    if (doc.text === null) continue;
    const docNo = next++;
    rows.push({ docNo, articleId: doc.articleId });
    const chunk = Math.floor(docNo / CHUNK);
    const lists = chunks.get(chunk) ?? chunks.set(chunk, []).get(chunk)!;
    const visit = (id: number) => {
      if (id >= seen.length) {
        const grown = new Int32Array(seen.length * 2).fill(-1);
        grown.set(seen);
        seen = grown;
      }
      if (seen[id] === docNo) return;
      seen[id] = docNo;
      const list = lists[id];
      if (list) list.push(docNo);
      else lists[id] = [docNo];
    };
    scanTerms(doc.title, table, visit);
    scanTerms(doc.text, table, visit);
  }
  const packed: PackedRow[] = [];
  for (const [chunk, lists] of chunks) {
    const entries: Array<[string, number[]]> = [];
    lists.forEach((list, id) => list && entries.push([table.terms[id]!, list]));
    packed.push(...packRows(chunk, entries));
  }
  return { next, first, docs: rows, rows: packed };
}

/** Write what `buildIndex` computed; old document numbers leave the doc rows (their postings are skipped at query time). */
export async function writeIndex(db: DossierDB, start: IndexStart, build: IndexBuild): Promise<void> {
  // Rows can exist only for the chunk the first new number falls in, and only if an older
  // number fell in it too: every later chunk is new.
  const partial = build.first % CHUNK ? Math.floor(build.first / CHUNK) : -1;
  const touched = build.rows.filter((r) => r.chunk === partial);
  const old = await db.searchRows.bulkGet(touched.map((r) => [r.bucket, r.chunk] as [string, number]));
  const merged = new Map(touched.map((r, i) => [r, old[i] ? mergeRow(old[i]!, r) : r]));
  const rows = build.rows.map((r) => merged.get(r) ?? r);
  // Doc rows: retire the old numbers, add the new ones.
  const changed = new Map<number, string[]>();
  const rowFor = (chunk: number) => changed.get(chunk) ?? changed.set(chunk, [...(start.docRows.get(chunk) ?? [])]).get(chunk)!;
  for (const docNo of start.oldDocNos) rowFor(Math.floor(docNo / CHUNK))[docNo % CHUNK] = '';
  for (const { docNo, articleId } of build.docs) {
    const ids = rowFor(Math.floor(docNo / CHUNK));
    while (ids.length < docNo % CHUNK) ids.push('');
    ids[docNo % CHUNK] = articleId;
  }
  const docRows: SearchDocRow[] = [...changed].map(([chunk, ids]) => ({ chunk, ids }));
  await Promise.all([
    db.searchRows.bulkPut(rows),
    db.searchDocRows.bulkPut(docRows),
    db.searchMeta.put({ key: 'index', nextDocNo: build.next, writes: start.writes + 1 }),
  ]);
}

/**
 * Index `docs` (replacing their previous entries). Call inside a transaction that includes
 * `indexTables(db)`. Deleted articles are passed as null text to drop them from the index.
 */
export async function indexDocuments(db: DossierDB, docs: IndexDoc[]): Promise<void> {
  if (!docs.length) return;
  const start = await startIndex(db, docs.map((d) => d.articleId));
  await writeIndex(db, start, buildIndex(docs, start.next));
}

/** How many documents the index holds (live ones: re-indexed and deleted articles' old numbers are not counted). */
export async function indexedCount(db: DossierDB): Promise<number> {
  return (await docMap(db)).size;
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

/** Rows of every bucket a word (or, as a prefix, the words it begins) can be in. */
async function rowsFor(db: DossierDB, word: string, prefix: boolean): Promise<PackedRow[]> {
  const table = db.searchRows.where('[bucket+chunk]');
  // A bucket is a term's first three letters: a longer word or prefix lies in one bucket; a
  // shorter prefix spans every bucket it begins ("th" itself, "tha", "thi"…).
  if (!prefix || word.length >= 3) return table.between([bucketOf(word), Dexie.minKey], [bucketOf(word), Dexie.maxKey]).toArray();
  return table.between([word, Dexie.minKey], [`${word}\uffff`, Dexie.maxKey]).toArray();
}

/** Postings of `word` exactly, or with `prefix`, of up to MAX_EXPANSIONS words it begins. */
async function postingsFor(db: DossierDB, word: string, prefix: boolean): Promise<Uint32Array> {
  const rows = await rowsFor(db, word, prefix);
  if (!prefix) return unionAll([...rows.map((r) => docsOf(r, word)), new Uint32Array(0)]);
  const terms = [...new Set(rows.flatMap((r) => termsWithPrefix(r, word)))].sort();
  const chosen = terms.includes(word) ? [word, ...terms.filter((t) => t !== word).slice(0, MAX_EXPANSIONS - 1)] : terms.slice(0, MAX_EXPANSIONS);
  return unionAll([...rows.flatMap((r) => chosen.map((t) => docsOf(r, t))), new Uint32Array(0)]);
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
  const meta = await db.searchMeta.get('index');
  const version = `${meta?.nextDocNo ?? 0}/${meta?.writes ?? 0}`;
  if (cached?.db === db && cached.version === version) return cached.map;
  const map = new Map<number, string>();
  for (const row of await db.searchDocRows.toArray()) row.ids.forEach((id, i) => id && map.set(row.chunk * CHUNK + i, id));
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
