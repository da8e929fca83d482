/**
 * Packed postings rows: the postings of every term that starts with the same three letters,
 * for one range of document numbers, in one stored row.
 *
 * Why packed: a row per term and range meant ~27,000 rows for 10,000 clips, and IndexedDB
 * in Chromium costs ~0.1-0.15 ms per record written whatever its size (measured here: 10,000
 * tiny records 1.0-1.6 s, 30,000 small ones 4-5.6 s), so importing a library spent seconds
 * on record overhead alone. Three letters keep rows small (the largest bucket, such as
 * "tha" with thanh, thang, thai…, holds a few tens of KB per 4,096 documents) while a
 * word's lookup still reads one row per range, and a two-letter prefix reads its few
 * neighbouring buckets.
 */

/** Letters of a term that name its bucket. */
export const BUCKET_LETTERS = 3;

/** Postings of several terms for one range of document numbers. */
export type PackedRow = {
  /** The first BUCKET_LETTERS letters of every term in the row (the whole term if shorter). */
  bucket: string;
  /** floor(docNo / CHUNK). */
  chunk: number;
  /** Terms, sorted by code unit. */
  terms: string[];
  /** Where each term's documents end in `docs` (they start where the previous term's end). */
  ends: Uint32Array;
  /** Each term's document numbers, ascending, one term after another. */
  docs: Uint32Array;
};

/** The bucket a term belongs to. */
export const bucketOf = (term: string): string => term.slice(0, BUCKET_LETTERS);

const byUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Rows for one chunk from (term, ascending documents) pairs in any order. */
export function packRows(chunk: number, entries: Iterable<readonly [string, ArrayLike<number>]>): PackedRow[] {
  const sorted = [...entries].sort((a, b) => byUnits(a[0], b[0]));
  const rows: PackedRow[] = [];
  for (let i = 0; i < sorted.length; ) {
    const bucket = bucketOf(sorted[i]![0]);
    let j = i;
    let size = 0;
    while (j < sorted.length && bucketOf(sorted[j]![0]) === bucket) size += sorted[j++]![1].length;
    const terms: string[] = [];
    const ends = new Uint32Array(j - i);
    const docs = new Uint32Array(size);
    let at = 0;
    for (let k = i; k < j; k++) {
      const [term, list] = sorted[k]!;
      terms.push(term);
      docs.set(list, at);
      at += list.length;
      ends[k - i] = at;
    }
    rows.push({ bucket, chunk, terms, ends, docs });
    i = j;
  }
  return rows;
}

/** Every term of a row with its documents. */
export function* rowEntries(row: PackedRow): Generator<[string, Uint32Array]> {
  for (let k = 0; k < row.terms.length; k++) yield [row.terms[k]!, row.docs.subarray(k ? row.ends[k - 1]! : 0, row.ends[k]!)];
}

/**
 * A row with `fresh` documents appended to `old`'s (same bucket and chunk). Fresh numbers are
 * larger than every stored one, so appending keeps each term's list ascending.
 */
export function mergeRow(old: PackedRow, fresh: PackedRow): PackedRow {
  const lists = new Map<string, ArrayLike<number>[]>();
  for (const row of [old, fresh]) for (const [term, docs] of rowEntries(row)) (lists.get(term) ?? lists.set(term, []).get(term)!).push(docs);
  const entries = [...lists].map(([term, parts]): [string, ArrayLike<number>] => (parts.length === 1 ? [term, parts[0]!] : [term, concat(parts)]));
  return packRows(old.chunk, entries)[0]!;
}

function concat(parts: ArrayLike<number>[]): Uint32Array {
  const out = new Uint32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Index of the first term of `row` not below `term`. */
function lowerBound(row: PackedRow, term: string): number {
  let lo = 0;
  let hi = row.terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row.terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The documents of `term` in `row` (empty if it is not there). */
export function docsOf(row: PackedRow, term: string): Uint32Array {
  const k = lowerBound(row, term);
  return row.terms[k] === term ? row.docs.subarray(k ? row.ends[k - 1]! : 0, row.ends[k]!) : new Uint32Array(0);
}

/** The terms of `row` that begin with `prefix`, in order. */
export function termsWithPrefix(row: PackedRow, prefix: string): string[] {
  const out: string[] = [];
  for (let k = lowerBound(row, prefix); k < row.terms.length && row.terms[k]!.startsWith(prefix); k++) out.push(row.terms[k]!);
  return out;
}
