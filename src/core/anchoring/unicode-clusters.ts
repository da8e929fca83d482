/**
 * Unicode clusters for NFC mapping: a starter and the combining characters after it
 * (marks, and Hangul medial and final jamo, which compose backwards too).
 */
import type { NfcText } from './nfc-map';

// Per BMP code unit: 0 unknown, 1 joins the cluster before it, 2 starter stable under NFC, 3 starter NFC changes.
const kinds = new Uint8Array(0x10000);
const astralKinds = new Map<number, number>();
const JOINER = /^[\p{M}\u1160-\u11FF]$/u; // combining marks and Hangul medial/final jamo compose backwards
const clusterCache = new Map<string, string>();

/** Kind of a code point: 1 joins the cluster before it, 2 a starter NFC keeps, 3 a starter NFC changes. */
export function kindOf(cp: number): number {
  const cached = cp < 0x10000 ? kinds[cp]! : (astralKinds.get(cp) ?? 0);
  if (cached) return cached;
  const ch = String.fromCodePoint(cp);
  const kind = JOINER.test(ch) ? 1 : ch.normalize('NFC') === ch ? 2 : 3;
  if (cp < 0x10000) kinds[cp] = kind;
  else astralKinds.set(cp, kind);
  return kind;
}

/** Code point at `i` (a lone surrogate is returned as it is). */
export function codePointAt(raw: string, i: number): number {
  const c = raw.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= raw.length) return c;
  return raw.codePointAt(i)!;
}

/** End of the cluster starting at `i`: the code point there and the joiners after it. */
export function clusterEnd(s: string, i: number): number {
  i += codePointAt(s, i) > 0xffff ? 2 : 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c < 0x300) break;
    const cp = codePointAt(s, i);
    if (kindOf(cp) !== 1) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The slow, always-exact path: normalize each cluster on its own (for text whose clusters do not pair up). */
export function clusterByCluster(raw: string): NfcText {
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
    // A cluster that changed length is atomic (all its units map to its start); same length pairs up.
    for (let k = 0; k < out.length; k++) rawOf[n++] = out.length === j - i ? i + k : i;
    parts.push(out);
    i = j;
    runStart = j;
  }
  flushRun(raw.length);
  ensure(1);
  rawOf[n] = raw.length;
  return { text: parts.join(''), rawOf: rawOf.subarray(0, n + 1) };
}

