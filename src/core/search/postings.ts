/** Sorted lists of document numbers (postings) and the set operations a search needs. */

/** Union of sorted lists, sorted, without repeats. */
export function unionAll(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0]!;
  const all = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let out = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[out++] = all[i]!;
  return all.subarray(0, out);
}

/** Intersection of two sorted lists (walks the shorter one, gallops in the longer). */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Uint32Array(a.length);
  let n = 0;
  let lo = 0;
  for (const x of a) {
    // Binary search for x in b from lo: the lists are sorted, so lo only moves forward.
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    if (lo < b.length && b[lo] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}
