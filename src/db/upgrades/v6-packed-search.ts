/**
 * v6 upgrade: the v3-v5 search index (a row per document, a row per term and chunk) is
 * repacked into v6's rows, so a library is searchable at once after the update instead of
 * being indexed again. Stale postings and retired numbers carry over as they were.
 */
import type { Transaction } from 'dexie';
import { packRows } from '../../core/search/rows';

const CHUNK = 4096; // as in db/search.ts; repeated so that this upgrade never changes with it

type OldDoc = { docNo: number; articleId: string };
type OldPostings = { term: string; chunk: number; docs: Uint32Array };

export async function packSearchIndex(tx: Transaction): Promise<void> {
  const [docs, postings, meta] = await Promise.all([
    tx.table('searchDocs').toArray() as Promise<OldDoc[]>,
    tx.table('searchPostings').toArray() as Promise<OldPostings[]>,
    tx.table('searchMeta').get('index') as Promise<{ key: 'index'; nextDocNo: number } | undefined>,
  ]);
  const docRows = new Map<number, string[]>();
  for (const { docNo, articleId } of docs) {
    const chunk = Math.floor(docNo / CHUNK);
    const ids = docRows.get(chunk) ?? docRows.set(chunk, []).get(chunk)!;
    while (ids.length < docNo % CHUNK) ids.push('');
    ids[docNo % CHUNK] = articleId;
  }
  const byChunk = new Map<number, Array<[string, Uint32Array]>>();
  for (const p of postings) (byChunk.get(p.chunk) ?? byChunk.set(p.chunk, []).get(p.chunk)!).push([p.term, p.docs]);
  await Promise.all([
    tx.table('searchDocRows').bulkPut([...docRows].map(([chunk, ids]) => ({ chunk, ids }))),
    tx.table('searchRows').bulkPut([...byChunk].flatMap(([chunk, entries]) => packRows(chunk, entries))),
    meta ? tx.table('searchMeta').put({ ...meta, writes: 0 }) : null,
  ]);
}
