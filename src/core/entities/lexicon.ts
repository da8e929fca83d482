/**
 * Lexicon look-ups on tokens: heads of positions, ranks, honorifics, organisation words, stops,
 * family names. Folded phrases are compared on `Token.low`; words whose folds collide are
 * checked on `Token.marked` as well (see HEAD_MARKS in lexicon-titles.ts).
 */
import { HISTORIC, PLACES, SURNAMES } from './lexicon-names';
import { BARE_HEADS, HEAD_MARKS, HEADS, HONORIFIC_MARKS, HONORIFICS, ORG_WORDS, PLACE_NOUNS, POSITION_PREFIXES, PREFIX_MARKS, RANKS } from './lexicon-titles';
import { STOP_PHRASES, STOP_WORDS } from './lexicon-words';
import { PhraseSet, type Token } from './tokens';

/** A phrase set whose ambiguous words must also have the right marks. */
class GuardedPhrases extends PhraseSet {
  constructor(
    phrases: Iterable<string>,
    private readonly marks: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    super(phrases);
  }

  override match(tokens: readonly Token[], at: number): number {
    const n = super.match(tokens, at);
    for (let k = 0; k < n; k++) {
      const t = tokens[at + k]!;
      const allowed = this.marks.get(t.low);
      if (allowed && !allowed.includes(t.marked)) return 0;
    }
    return n;
  }
}

const heads = new GuardedPhrases(HEADS, HEAD_MARKS);
const bareHeads = new GuardedPhrases(BARE_HEADS, HEAD_MARKS);
const ranks = new GuardedPhrases(RANKS);
const honorifics = new GuardedPhrases(HONORIFICS, HONORIFIC_MARKS);
const prefixes = new GuardedPhrases(POSITION_PREFIXES, PREFIX_MARKS);
const orgWords = new PhraseSet(ORG_WORDS);

const stopPhrases = new Map<string, string[][]>();
for (const phrase of STOP_PHRASES) {
  const parts = phrase.split(/\s+/);
  stopPhrases.set(parts[0]!, [...(stopPhrases.get(parts[0]!) ?? []), parts]);
}

/** Tokens spanned by the head of a position at `at` ("Phó Chủ tịch", "Trưởng" + capital), or 0. */
export function headAt(tokens: readonly Token[], at: number): number {
  const n = heads.match(tokens, at);
  if (n) return n;
  const bare = bareHeads.match(tokens, at);
  return bare && tokens[at + bare]?.capital ? bare : 0;
}

/** Tokens spanned by a rank ("Đại tá") at `at`, or 0. */
export const rankAt = (tokens: readonly Token[], at: number): number => ranks.match(tokens, at);

/** Tokens spanned by an honorific ("đồng chí", "ông", "TS.") at `at`, or 0. */
export const honorificAt = (tokens: readonly Token[], at: number): number => honorifics.match(tokens, at);

/** Tokens spanned by "nguyên"/"quyền" at `at`, or 0. */
export const prefixAt = (tokens: readonly Token[], at: number): number => prefixes.match(tokens, at);

/** Tokens spanned by a lowercase organisation word ("thành phố", "thường trực") at `at`, or 0. */
export const orgWordAt = (tokens: readonly Token[], at: number): number => orgWords.match(tokens, at);

/** Whether a verb or function word that ends a title or a project name starts at `at`. */
export function stopAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || t.kind !== 'word') return false;
  if (STOP_WORDS.has(t.marked)) return true;
  for (const parts of stopPhrases.get(t.marked) ?? []) {
    if (parts.every((p, k) => tokens[at + k]?.marked === p)) return true;
  }
  return false;
}

/**
 * Whether a token is a family name. Compared with marks: folded, "Quàng" would be "Quang", a
 * common given name, and "Trương" would be "Trưởng".
 */
export const isSurname = (t: Token): boolean => SURNAMES.has(t.marked);

/** Whether a folded name is a historic figure or a place rather than an official of the day. */
export const isHistoricOrPlace = (folded: string): boolean => HISTORIC.has(folded) || PLACES.has(folded);

// Compounds that end in a place noun without naming a place: "môi trường", "thành phố" (a city
// left implicit, like "tỉnh"), "yêu cầu".
const NOT_PLACES = new Set(
  'môi trường|thị trường|hiện trường|chiến trường|thương trường|công trường|lập trường|nhà trường|quan trường|học trường|thành phố|yêu cầu|nhu cầu'.split('|'),
);

// Last words of two-word place nouns and of NOT_PLACES: only these need the word before them.
const SECOND_WORDS = new Set([...PLACE_NOUNS, ...NOT_PLACES].filter((p) => p.includes(' ')).map((p) => p.split(' ')[1]!));

/** Whether the word(s) just before `at` name a kind of place ("phường", "đường", "Trường THPT"). */
export function placeNounBefore(tokens: readonly Token[], at: number): boolean {
  const one = tokens[at - 1]?.marked;
  if (one === undefined) return false;
  if (!SECOND_WORDS.has(one)) return PLACE_NOUNS.has(one);
  const two = `${tokens[at - 2]?.marked} ${one}`;
  if (NOT_PLACES.has(two)) return false;
  return PLACE_NOUNS.has(one) || PLACE_NOUNS.has(two);
}
