/**
 * NFC normalization that remembers where every output code unit came from.
 *
 * Positions in selectors are offsets in NFC text, but a page served in NFD keeps
 * "ễ" as up to three code units, possibly split across text nodes (`<b>e</b>\u0302\u0303`).
 * So the text is cut into clusters (a starter and the combining characters after it),
 * each cluster is normalized on its own, and the map records, for every NFC offset,
 * the raw offset it starts at. A cluster is atomic: an NFC offset never points inside one.
 */

/** NFC text with the raw offset of each of its offsets (index `text.length` maps to the raw end). */
export type NfcText = {
  /** The NFC text. */
  text: string;
  /** `rawOf[i]` is the raw offset of NFC offset `i`; null when the raw text was already NFC (identity). */
  rawOf: Int32Array | null;
};

// Per BMP code unit: 0 unknown, 1 joins the cluster before it, 2 starter stable under NFC, 3 starter NFC changes.
const kinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();
const JOINER = /^[\p{M}\u1160-\u11FF]$/u; // combining marks and Hangul medial/final jamo compose backwards
const clusterCache = new Map<string, string>();

function kindOf(cp: number): number {
  const cached = cp < 0x10000 ? kinds[cp]! : (astralKinds.get(cp) ?? 0);
  if (cached) return cached;
  const ch = String.fromCodePoint(cp);
  const kind = JOINER.test(ch) ? 1 : ch.normalize('NFC') === ch ? 2 : 3;
  if (cp < 0x10000) kinds[cp] = kind;
  else astralKinds.set(cp, kind);
  return kind;
}

/** Code point at `i` and its kind; Latin below U+0300 is the fast path. */
function codePointAt(raw: string, i: number): number {
  const c = raw.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= raw.length) return c;
  return raw.codePointAt(i)!;
}

/** True when nothing in `raw` can change under NFC, so offsets are identical. */
function isStable(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x300) continue;
    const cp = codePointAt(raw, i);
    if (kindOf(cp) !== 2) return false;
    if (cp > 0xffff) i++;
  }
  return true;
}

/** Normalize `raw` to NFC cluster by cluster, keeping an exact offset map. */
export function toNfc(raw: string): NfcText {
  if (isStable(raw)) return { text: raw, rawOf: null };
  const parts: string[] = [];
  let rawOf = new Int32Array(raw.length + 16);
  let n = 0; // NFC length so far
  // NFC can (rarely) be longer than its input, so the map grows on demand.
  const ensure = (extra: number): void => {
    if (n + extra < rawOf.length) return;
    const grown = new Int32Array(rawOf.length * 2 + extra);
    grown.set(rawOf);
    rawOf = grown;
  };
  let runStart = 0; // start of the current run of unchanged code units
  const flushRun = (end: number): void => {
    if (end > runStart) parts.push(raw.slice(runStart, end));
  };
  let i = 0;
  while (i < raw.length) {
    const cp = codePointAt(raw, i);
    const width = cp > 0xffff ? 2 : 1;
    let j = i + width;
    // Extend over the combining characters that follow; a leading joiner is a cluster of its own.
    while (j < raw.length) {
      const next = codePointAt(raw, j);
      if (next < 0x300 || kindOf(next) !== 1) break;
      j += next > 0xffff ? 2 : 1;
    }
    if (j === i + width && (cp < 0x300 || kindOf(cp) === 2)) {
      ensure(width);
      for (let k = 0; k < width; k++) rawOf[n++] = i + k;
      i = j;
      continue;
    }
    flushRun(i);
    const cluster = raw.slice(i, j);
    let out = clusterCache.get(cluster);
    if (out === undefined) {
      out = cluster.normalize('NFC');
      if (clusterCache.size < 4096) clusterCache.set(cluster, out);
    }
    ensure(out.length);
    // Every NFC unit of the cluster maps to the cluster start: offsets never land inside it.
    for (let k = 0; k < out.length; k++) rawOf[n++] = i;
    parts.push(out);
    i = j;
    runStart = j;
  }
  flushRun(raw.length);
  ensure(1);
  rawOf[n] = raw.length;
  return { text: parts.join(''), rawOf: rawOf.subarray(0, n + 1) };
}

/**
 * NFC offset of a raw offset. A raw offset inside a cluster snaps outward:
 * to the cluster start for a range start, past the cluster for a range end.
 */
export function nfcOffsetOf(nfc: NfcText, raw: number, side: 'start' | 'end'): number {
  const map = nfc.rawOf;
  if (!map) return Math.min(raw, nfc.text.length);
  // Last NFC offset whose raw offset is <= raw.
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]! <= raw) lo = mid;
    else hi = mid - 1;
  }
  if (map[lo] === raw || side === 'start') {
    // Several NFC units can share a raw offset (one cluster): take the first.
    while (lo > 0 && map[lo - 1] === map[lo]) lo--;
    return lo;
  }
  let end = lo + 1;
  while (end < map.length - 1 && map[end] === map[lo]) end++;
  return end;
}
