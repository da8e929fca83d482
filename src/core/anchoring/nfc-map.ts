/**
 * NFC normalization that remembers where every output code unit came from.
 *
 * Positions in selectors are offsets in NFC text, but a page served in NFD keeps
 * "ễ" as up to three code units, possibly split across text nodes (`<b>e</b>\u0302\u0303`).
 * NFC only composes within clusters (a starter and the combining characters after
 * it), so after a native normalize() the raw and NFC texts are walked cluster by
 * cluster, and the map records, for every NFC offset, the raw offset it starts at.
 * A cluster that changed length is atomic: an NFC offset never points inside it.
 */
import { clusterByCluster, clusterEnd } from './unicode-clusters';

/** NFC text with the raw offset of each of its offsets (index `text.length` maps to the raw end). */
export type NfcText = {
  /** The NFC text. */
  text: string;
  /** `rawOf[i]` is the raw offset of NFC offset `i`; null when the raw text was already NFC (identity). */
  rawOf: Int32Array | null;
};

/**
 * Map NFC offsets to raw ones by walking both texts cluster by cluster: NFC composes
 * within clusters and never moves a boundary between them. Null if they fail to line
 * up (exotic scripts), for the slow path.
 */
function pairClusters(raw: string, text: string): Int32Array | null {
  const rawOf = new Int32Array(text.length + 1);
  let i = 0;
  for (let j = 0; j < text.length; ) {
    if (i >= raw.length) return null;
    const c = text.charCodeAt(j);
    const d = raw.charCodeAt(i);
    // Fast path: both sides a lone character below the combining range.
    if (c < 0x300 && c === d && (i + 1 >= raw.length || raw.charCodeAt(i + 1) < 0x300)) {
      rawOf[j++] = i++;
      continue;
    }
    const je = clusterEnd(text, j);
    const ie = clusterEnd(raw, i);
    // Same length: unchanged (or changed in place), offsets pair up; else the cluster is atomic.
    for (let k = j; k < je; k++) rawOf[k] = ie - i === je - j ? i + (k - j) : i;
    i = ie;
    j = je;
  }
  if (i !== raw.length) return null;
  rawOf[text.length] = raw.length;
  return rawOf;
}

/** Normalize `raw` to NFC, keeping an exact map from NFC offsets to raw ones. */
export function toNfc(raw: string): NfcText {
  const text = raw.normalize('NFC');
  if (text === raw) return { text, rawOf: null };
  const rawOf = pairClusters(raw, text);
  return rawOf ? { text, rawOf } : clusterByCluster(raw);
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
