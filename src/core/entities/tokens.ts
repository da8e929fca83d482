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
const TOKEN = /[\p{L}\p{N}]+(?:[.&'’][\p{L}\p{N}]+)*|\S/gu;
const WORD = /^[\p{L}\p{N}]/u;
const SYLLABLE = /^\p{Lu}\p{Ll}*$/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Fold `text` and cut it into tokens. */
export function tokenize(text: string): TokenizedText {
  const folded = foldText(text);
  const { shape, lower, source } = folded;
  const tokens: Token[] = [];
  for (const m of shape.matchAll(TOKEN)) {
    const from = m.index;
    let to = from + m[0].length;
    const word = WORD.test(m[0]);
    if (word && shape[to] === '.' && DOTTED.has(lower.slice(from, to)) && /^ ?[\p{Lu}\p{N}]/u.test(shape.slice(to + 1, to + 3))) to++;
    const s = folded.start[from]!;
    const e = folded.end[to - 1]!;
    const tokenShape = shape.slice(from, to);
    tokens.push({
      kind: word ? 'word' : 'punct',
      shape: tokenShape,
      low: lower.slice(from, to),
      marked: source.slice(s, e).replace(ZERO_WIDTH, '').normalize('NFC').toLowerCase(),
      from,
      to,
      capital: word && SYLLABLE.test(tokenShape),
    });
  }
  // Skip the dot already folded into a dotted abbreviation.
  return { folded, tokens: tokens.filter((t, k) => !(t.shape === '.' && k > 0 && tokens[k - 1]!.to > t.from)) };
}

/** The source text of tokens [first, last] (inclusive), NFC. */
export function sourceOf(text: TokenizedText, first: number, last: number): string {
  const a = text.tokens[first];
  const b = text.tokens[last];
  if (!a || !b) return '';
  const { start, end, source } = text.folded;
  return source.slice(start[a.from]!, end[b.to - 1]!).replace(ZERO_WIDTH, '').normalize('NFC').replace(/[\s\u00A0]+/g, ' ');
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
