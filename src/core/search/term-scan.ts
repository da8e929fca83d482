/**
 * The terms of many texts, as numbers: the index builder's version of `termsOf`.
 *
 * Why not `termsOf`: indexing 10,000 clips built ~15 million word strings one letter at a
 * time and hashed each into a Set. In the library page during an import that was ~8 s of
 * script and most of ~6.7 s of garbage collection (the page also holds the parsed backup,
 * so every collection walks a large heap). Here a word is folded into a small buffer, hashed
 * as it grows and looked up in a table of the words seen so far; only a word never seen
 * before becomes a string. Which words come out is exactly `termsOf` (a test checks both
 * on every seed page, NFC and NFD).
 */
import { fold } from '../text/fold';
import { MAX_TERM_LENGTH, foldedChar } from './terms';

const SEPARATOR = 0;
const SKIP = 1;
const MULTI = 2;
const UNKNOWN = -1;
// Per UTF-16 code unit: SEPARATOR, SKIP (a mark inside a word), MULTI (folds to several units,
// see `multi`), or the single folded unit (a letter or digit, so never below 0x30).
const kinds = new Int32Array(0x10000).fill(UNKNOWN);
const multi = new Map<number, string>();
const WHOLE_LETTER = /^[\p{L}\p{N}]$/u;

function kindOf(code: number): number {
  const folded = foldedChar(code);
  if (folded === '') return SEPARATOR;
  if (folded === '\u0000') return SKIP;
  if (folded.length === 1 && folded.charCodeAt(0) >= 0x30) return folded.charCodeAt(0);
  multi.set(code, folded);
  return MULTI;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Distinct words, numbered in order of first sight; a word's string is made once. */
export class TermTable {
  /** Term strings by number. */
  readonly terms: string[] = [];
  private slots = new Int32Array(1 << 14).fill(-1);
  private units = new Uint16Array(1 << 16);
  private used = 0;
  // Where each term's units start in `units`; starts[id + 1] is where they end.
  private starts: number[] = [0];
  private hashes: number[] = [];

  get size(): number {
    return this.terms.length;
  }

  /** The number of the word in `buf[0..len)` whose FNV-1a hash is `hash`, added if new. */
  intern(buf: Uint16Array, len: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return this.add(buf, len, hash, slot);
      if (this.hashes[id] !== hash) continue;
      const start = this.starts[id]!;
      if (this.starts[id + 1]! - start !== len) continue;
      let same = true;
      for (let k = 0; k < len; k++) {
        if (this.units[start + k] !== buf[k]) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private add(buf: Uint16Array, len: number, hash: number, slot: number): number {
    const id = this.terms.length;
    if (this.used + len > this.units.length) {
      const grown = new Uint16Array(Math.max(this.units.length * 2, this.used + len));
      grown.set(this.units);
      this.units = grown;
    }
    this.units.set(buf.subarray(0, len), this.used);
    this.starts[id] = this.used;
    this.used += len;
    this.starts[id + 1] = this.used;
    this.hashes[id] = hash;
    this.terms.push(String.fromCharCode(...buf.subarray(0, len)));
    this.slots[slot] = id;
    if (this.terms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, id) => {
      let slot = hash & mask;
      while (this.slots[slot]! >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    });
  }
}

/**
 * Call `visit` with the number of each word of `text` in `table`, once per occurrence
 * (callers that want each term once per text keep a last-seen mark per number).
 * One flat loop without closures over the word state: this runs once per character of
 * every indexed text.
 */
export function scanTerms(text: string, table: TermTable, visit: (id: number) => void): void {
  const buf = new Uint16Array(MAX_TERM_LENGTH + 8);
  let len = 0;
  let hash = FNV_OFFSET;
  const end = text.length;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0x20;
    let kind = kinds[code]!;
    if (kind === UNKNOWN) kind = kinds[code] = kindOf(code);
    if (kind > MULTI) {
      if (len < MAX_TERM_LENGTH) {
        buf[len++] = kind;
        hash = Math.imul(hash ^ kind, FNV_PRIME);
      }
      continue;
    }
    if (kind === SKIP) continue;
    let folded: string | null = null;
    if (kind === MULTI) folded = multi.get(code)!;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        // A character outside the BMP: a letter of another script is part of a word.
        const pair = text.slice(i, i + 2);
        i++;
        if (WHOLE_LETTER.test(pair)) folded = fold(pair);
      }
    }
    if (folded !== null) {
      for (let k = 0; k < folded.length && len < MAX_TERM_LENGTH; k++) {
        const unit = folded.charCodeAt(k);
        buf[len++] = unit;
        hash = Math.imul(hash ^ unit, FNV_PRIME);
      }
      continue;
    }
    // A separator: the word so far is complete.
    if (len) visit(table.intern(buf, len, hash >>> 0));
    len = 0;
    hash = FNV_OFFSET;
  }
}
