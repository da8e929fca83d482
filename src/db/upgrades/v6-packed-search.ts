/**
 * v6 upgrade: the v3-v5 search index (a row per document, a row per term and chunk) is
 * repacked into v6's rows, so a library is searchable at once after the update instead of
 * being indexed again. Stale postings and retired numbers carry over as they were.
 *
 * Written with Dexie's own promises, not async/await: Dexie deletes the old tables in a step
 * after this function, inside the same upgrade transaction, and a native promise between the
 * last write and that step can let IndexedDB commit the transaction first (once seen with
 * 10,000 clips: the old tables stayed, and Dexie patched the schema to a version of its own).
 */
import { Dexie, type Transaction } from 'dexie';
import { packRows } from '../../core/search/rows';

const CHUNK = 4096; // as in db/search.ts; repeated so that this upgrade never changes with it

type OldDoc = { docNo: number; articleId: string };
type OldPostings = { term: string; chunk: number; docs: Uint32Array };
type OldMeta = { key: 'index'; nextDocNo: number };

export function packSearchIndex(tx: Transaction): Promise<unknown> {
  return Dexie.Promise.all([tx.table('searchDocs').toArray(), tx.table('searchPostings').toArray(), tx.table('searchMeta').get('index')]).then(([docs, postings, meta]) => {
    const docRows = new Map<number, string[]>();
    for (const { docNo, articleId } of docs as OldDoc[]) {
      const chunk = Math.floor(docNo / CHUNK);
      const ids = docRows.get(chunk) ?? docRows.set(chunk, []).get(chunk)!;
      while (ids.length < docNo % CHUNK) ids.push('');
      ids[docNo % CHUNK] = articleId;
    }
    const byChunk = new Map<number, Array<[string, Uint32Array]>>();
    for (const p of postings as OldPostings[]) (byChunk.get(p.chunk) ?? byChunk.set(p.chunk, []).get(p.chunk)!).push([p.term, p.docs]);
    return Dexie.Promise.all([
      tx.table('searchDocRows').bulkPut([...docRows].map(([chunk, ids]) => ({ chunk, ids }))),
      tx.table('searchRows').bulkPut([...byChunk].flatMap(([chunk, entries]) => packRows(chunk, entries))),
      meta ? tx.table('searchMeta').put({ ...(meta as OldMeta), writes: 0 }) : Dexie.Promise.resolve(null),
    ]);
  });
}
