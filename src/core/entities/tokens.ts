/**
 * Words and punctuation of a folded text, each mapped back to the source.
 */
import { foldText, type FoldedText } from './folded-text';

/** One word or punctuation mark. */
export type Token = {
  /** A word (letters, digits, with inner "." "&" "'" as in "TP.HCM", "KH&ĐT") or one punctuation mark. */
  kind: 'word' | 'punct';
  /** Folded text with case kept ("Uy", "UBND", "TP.HCM"). */
  shape: string;
  /** Folded lowercase text ("uy", "ubnd"): what the lexicons are written in. */
  low: string;
  /** The source text, NFC and lowercase, marks kept ("ủy"): tells bí from bị, trưởng from trường. */
  marked: string;
  /** Start in the folded text. */
  from: number;
  /** End (exclusive) in the folded text. */
  to: number;
  /** A name-like syllable: one capital, then lowercase letters ("Tran", "A"). */
  capital: boolean;
};

/** A text cut into tokens. */
export type TokenizedText = { folded: FoldedText; tokens: Token[] };

// Abbreviations written with a trailing dot that belongs to them ("TP. Điện Biên Phủ", "TS. Lê...").
const DOTTED = new Set(['tp', 'q', 'p', 'tx', 'tt', 'h', 'x', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ls']);
const WORD = /^[\p{L}\p{N}]/u;
const SYLLABLE = /^\p{Lu}\p{Ll}*$/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

// Words repeat (a language has a few thousand syllables): normalize each spelling once.
const marks = new Map<string, string>();
function markedOf(written: string): string {
  let m = marks.get(written);
  if (m === undefined) {
    if (marks.size > 50_000) marks.clear();
    m = written.replace(ZERO_WIDTH, '').normalize('NFC').toLowerCase();
    marks.set(written, m);
  }
  return m;
}

/** Fold `text` and cut it into tokens. */
export function tokenize(text: string): TokenizedText {
  const folded = foldText(text);
  const { shape, lower, source } = folded;
  const tokens: Token[] = [];
  const n = shape.length;
  // A hand-written scanner: folded Vietnamese is ASCII, and this runs on every article.
  for (let i = 0; i < n; ) {
    const code = shape.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    const from = i;
    if (!isWordCode(shape, i)) {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      const written = shape.slice(from, i);
      tokens.push({ kind: 'punct', shape: written, low: written, marked: written, from, to: i, capital: false });
      continue;
    }
    i = wordEnd(shape, i);
    // Inner "." "&" "'" "/" join words: "TP.HCM", "Q.3", "KH&ĐT", "H'Mông", "Đ/c".
    while (JOINERS.has(shape.charCodeAt(i)) && i + 1 < n && isWordCode(shape, i + 1)) i = wordEnd(shape, i + 1);
    if (shape.charCodeAt(i) === 46 && DOTTED.has(lower.slice(from, i)) && /^ ?[\p{Lu}\p{N}]/u.test(shape.slice(i + 1, i + 3))) i++;
    const tokenShape = shape.slice(from, i);
    tokens.push({
      kind: 'word',
      shape: tokenShape,
      low: lower.slice(from, i),
      marked: markedOf(source.slice(folded.start[from]!, folded.end[i - 1]!)),
      from,
      to: i,
      capital: isSyllable(tokenShape),
    });
  }
  return { folded, tokens };
}

// . & ' ’ / ("Đ/c", "8/2")
const JOINERS = new Set([46, 38, 39, 0x2019, 47]);

function isWordCode(s: string, at: number): boolean {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(s.slice(at, at + (c >= 0xd800 && c <= 0xdbff ? 2 : 1)));
}

function wordEnd(s: string, at: number): number {
  let k = at;
  while (k < s.length && isWordCode(s, k)) k += s.charCodeAt(k) >= 0xd800 && s.charCodeAt(k) <= 0xdbff ? 2 : 1;
  return k;
}

/** One capital then lowercase letters; folded Vietnamese is ASCII, so check codes first. */
function isSyllable(w: string): boolean {
  const first = w.charCodeAt(0);
  if (first > 127) return SYLLABLE.test(w);
  if (first < 65 || first > 90) return false;
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c > 127) return SYLLABLE.test(w);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The source text of tokens [first, last] (inclusive), NFC. */
export function sourceOf(text: TokenizedText, first: number, last: number): string {
  const a = text.tokens[first];
  const b = text.tokens[last];
  if (!a || !b) return '';
  const { start, end, source } = text.folded;
  return source.slice(start[a.from]!, end[b.to - 1]!).replace(ZERO_WIDTH, '').normalize('NFC').replace(/[\s\u00A0]+/g, ' ');
}

/** The folded text of tokens [first, last] (inclusive): `fold` of their source, without re-folding. */
export function foldedOf(text: TokenizedText, first: number, last: number): string {
  const a = text.tokens[first];
  const b = text.tokens[last];
  return a && b ? text.folded.lower.slice(a.from, b.to) : '';
}

/** Whether tokens from `at` spell `phrase` (folded words separated by spaces). */
export function spells(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]?.low !== phrase[k]) return false;
  return true;
}

/**
 * A set of folded phrases, looked up by their first word, longest first.
 * Returns how many tokens the longest phrase starting at `at` spans, or 0.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      const list = this.byFirst.get(parts[0]!) ?? [];
      list.push(parts);
      this.byFirst.set(parts[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Length in tokens of the longest phrase at `at`, or 0. */
  match(tokens: readonly Token[], at: number): number {
    const list = this.byFirst.get(tokens[at]?.low ?? '');
    if (!list) return 0;
    for (const parts of list) if (spells(tokens, at, parts)) return parts.length;
    return 0;
  }
}
