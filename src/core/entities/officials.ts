/**
 * Officials and their positions, from three patterns of Vietnamese news writing:
 * - title first: "Bí thư Tỉnh ủy Trần Quốc Cường", shared by a list ("Phó Chủ tịch UBND tỉnh:
 *   Vừ A Bằng, Lò Văn Tiến", "... A và B");
 * - name first: "đồng chí X, t1, t2", "ông X - t -", "Các đồng chí: A, t; B, t";
 * - rank before the name ("Đại tá X"), which is reported as `rank`, not as a position.
 * A name with none of these (residents, bylines, streets and schools named after people) is not
 * reported: a title is what makes an official, and a wrong suggestion costs more than a miss.
 */
import { fold } from '../text/fold';
import { honorificAt, rankAt } from './lexicon';
import { capitalRunEnd, nameInRun, type NameSpan } from './names';
import { isDash, parsePosition } from './positions';
import { sourceOf, type Token, type TokenizedText } from './tokens';
import type { OfficialSuggestion } from './types';

type Mention = { name: NameSpan; positions: string[]; rank: string | null };

const LIST_DELIMITERS = new Set([',', ';', ':', '(', '.', '!', '?', '“', '"', '…']);

/** Officials named in the text, in order of first mention, positions as written. */
export function findOfficials(text: TokenizedText): OfficialSuggestion[] {
  const { tokens } = text;
  const mentions: Mention[] = [];
  const position = (from: number, to: number): string => sourceOf(text, from, to - 1);
  // Positions already read: "chủ tịch" inside "phó chủ tịch UBND tỉnh" is not another one.
  let read = 0;
  for (let i = 0; i < tokens.length; i++) {
    const parsed = i >= read ? parsePosition(tokens, i) : null;
    if (parsed) {
      read = parsed.to;
      const title = [position(parsed.from, parsed.to)];
      if (parsed.name) mentions.push({ name: parsed.name, positions: title, rank: null });
      // "Phó Chủ tịch UBND tỉnh Vừ A Bằng và Lò Văn Tiến", "Phó Chủ tịch UBND tỉnh: A, B".
      const list = parsed.name ? sharedList(tokens, parsed.name.to, false) : tokens[parsed.to]?.shape === ':' ? sharedList(tokens, parsed.to, true) : [];
      for (const name of list) mentions.push({ name, positions: title, rank: null });
    }
    if (tokens[i]!.capital && !tokens[i - 1]?.capital) mentions.push(...nameFirst(text, i));
  }
  return merge(text, mentions);
}

/** A name at the capitalised run starting at `at`, with its rank and the positions after it. */
function nameFirst(text: TokenizedText, at: number): Mention[] {
  const { tokens } = text;
  const context = contextBefore(tokens, at);
  const name = nameInRun(tokens, at, capitalRunEnd(tokens, at), context);
  if (!name) return [];
  const positions: string[] = [];
  let k = name.to;
  const open = tokens[k];
  if (open && (open.shape === ',' || open.shape === '(' || isDash(open))) {
    k++;
    for (;;) {
      const parsed = parsePosition(tokens, k);
      // A name right after the title means the title is that next person's.
      if (!parsed || parsed.name || parsed.to === parsed.from) break;
      positions.push(sourceOf(text, parsed.from, parsed.to - 1));
      k = parsed.to;
      const sep = tokens[k];
      if (!(sep?.shape === ',' || sep?.marked === 'và') || !parsePosition(tokens, k + 1)) break;
      k++;
    }
  }
  const rank = context.rank ? sourceOf(text, context.rank.from, context.rank.to - 1) : null;
  const comrade = context.honorific === 'dong chi' || context.honorific === 'cac dong chi';
  return positions.length || rank || comrade ? [{ name, positions, rank }] : [];
}

type Context = { direct: boolean; person: boolean; rank: NameSpan | null; honorific: string | null };

/** What comes right before the run at `at`: a rank, an honorific, a delimiter, or ordinary words. */
function contextBefore(tokens: readonly Token[], at: number): Context {
  for (const size of [3, 2, 1]) {
    const from = at - size;
    if (from < 0) continue;
    if (rankAt(tokens, from) === size) return { direct: true, person: true, rank: { from, to: at }, honorific: null };
    if (honorificAt(tokens, from) === size) {
      const honorific = tokens
        .slice(from, at)
        .map((t) => t.low)
        .join(' ');
      return { direct: true, person: true, rank: null, honorific };
    }
  }
  const before = tokens[at - 1];
  const direct = !before || LIST_DELIMITERS.has(before.shape) || before.marked === 'và';
  return { direct, person: false, rank: null, honorific: null };
}

/**
 * Further names sharing a title: ", Lò Văn Tiến", " và Lò Văn Tiến" after the first name at
 * `at`, or, after a colon (`colon`), a whole list "A, B và C". A name with a title of its own
 * ("…, Lò Văn Tiến, Giám đốc Sở…") ends the list.
 */
function sharedList(tokens: readonly Token[], at: number, colon: boolean): NameSpan[] {
  const names: NameSpan[] = [];
  let k = at;
  while (k === at ? colon || tokens[k]?.shape === ',' || tokens[k]?.marked === 'và' : tokens[k]?.shape === ',' || tokens[k]?.marked === 'và') {
    const end = capitalRunEnd(tokens, k + 1);
    const name = nameInRun(tokens, k + 1, end, { direct: true, person: false });
    const after = tokens[end];
    if (!name || name.from !== k + 1 || (after?.shape === ',' && parsePosition(tokens, end + 1))) break;
    names.push(name);
    k = end;
  }
  return names;
}

/** One suggestion per person (by folded name), positions deduplicated by fold. */
function merge(text: TokenizedText, mentions: Mention[]): OfficialSuggestion[] {
  const byKey = new Map<string, OfficialSuggestion & { keys: Set<string> }>();
  for (const m of mentions) {
    const name = sourceOf(text, m.name.from, m.name.to - 1);
    const key = fold(name);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { name, positions: [], rank: null, keys: new Set() }));
    for (const p of m.positions) {
      const folded = fold(p);
      if (entry.keys.has(folded)) continue;
      entry.keys.add(folded);
      entry.positions.push(p);
    }
    entry.rank ??= m.rank;
  }
  // "Thứ trưởng" after "thứ trưởng Bộ Văn hóa, Thể thao và Du lịch" is the same position, shortened.
  return [...byKey.values()].map(({ name, positions, rank, keys }) => {
    const folded = [...keys];
    return { name, positions: positions.filter((_, i) => !folded.some((q) => q.startsWith(`${folded[i]} `))), rank };
  });
}
