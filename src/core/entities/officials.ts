/**
 * Officials and their positions, from the patterns of Vietnamese news writing:
 * - title first: "Bí thư Tỉnh ủy Trần Quốc Cường"; several titles ("Phó Bí thư Tỉnh ủy, Chủ tịch
 *   HĐND tỉnh X"); a title shared by a list ("Phó Chủ tịch UBND tỉnh: A, B", "… A và B"); a
 *   title then the person ("Phó Chủ tịch UBND huyện, ông X");
 * - name first (name-first.ts): "đồng chí X, t1, t2", "ông X - t -", "Các đồng chí: A, t; B, t";
 * - a rank before the name ("Đại tá X"), reported as `rank`, not as a position.
 * A name with none of these (residents, bylines, streets and schools named after people) is not
 * reported: a title is what makes an official, and a wrong suggestion costs more than a miss.
 */
import { fold } from '../text/fold';
import { honorificAt } from './lexicon';
import { capitalRunEnd, nameInRun, type NameSpan } from './names';
import { nameFirst, positionsAfter, type Mention } from './name-first';
import { headsBusiness, parsePosition } from './positions';
import { foldedOf, sourceOf, type Token, type TokenizedText } from './tokens';
import type { OfficialSuggestion } from './types';

/** Officials named in the text, in order of first mention, positions as written. */
export function findOfficials(text: TokenizedText): OfficialSuggestion[] {
  const { tokens } = text;
  const mentions: Mention[] = [];
  // Positions already read: "chủ tịch" inside "phó chủ tịch UBND tỉnh" is not another one.
  let read = 0;
  // Titles without a name yet, and where the next one must start to share their holder.
  let pending: string[] = [];
  let pendingNext = -1;
  for (let i = 0; i < tokens.length; i++) {
    const parsed = i >= read ? parsePosition(tokens, i) : null;
    if (parsed) {
      read = parsed.to;
      const titles = [...(i === pendingNext ? pending : []), sourceOf(text, parsed.from, parsed.to - 1)];
      pending = [];
      const after = tokens[parsed.to];
      let names: NameSpan[] = [];
      if (parsed.name) names = [parsed.name, ...sharedList(tokens, parsed.name.to, false)];
      else if (after?.shape === ':') names = sharedList(tokens, parsed.to, true);
      else if (after?.shape === ',' || after?.marked === 'kiêm') {
        const person = personAfter(text, parsed.to + 1);
        if (person) names = [person];
        else if (parsePosition(tokens, parsed.to + 1)) [pending, pendingNext] = [titles, parsed.to + 1];
      }
      // "cố Thủ tướng X" (the late): a historic figure. A business's head is not an official.
      if (tokens[i - 1]?.marked === 'cố' || headsBusiness(tokens, parsed)) names = [];
      for (const name of names) mentions.push({ name, positions: titles, rank: null });
    }
    if (tokens[i]!.capital && !tokens[i - 1]?.capital) {
      const found = nameFirst(text, i);
      if (found) mentions.push(found);
    }
  }
  return merge(text, mentions);
}

/** "…, đồng chí X" / "…, ông X" after a title: X holds it, unless X has a title of their own. */
function personAfter(text: TokenizedText, at: number): NameSpan | null {
  const { tokens } = text;
  const size = honorificAt(tokens, at);
  if (!size) return null;
  const name = nameInRun(tokens, at + size, capitalRunEnd(tokens, at + size), { direct: true, person: true });
  if (!name || positionsAfter(text, name.to, false).length) return null;
  return name;
}

/**
 * Further names sharing a title: ", Lò Văn Tiến", " và Lò Văn Tiến" after the first name at
 * `at`, or, after a colon (`colon`), a whole list "A, B và C". A name with a title of its own
 * ("…, Lò Văn Tiến, Giám đốc Sở…") ends the list.
 */
function sharedList(tokens: readonly Token[], at: number, colon: boolean): NameSpan[] {
  const names: NameSpan[] = [];
  let k = at;
  const joins = (t: Token | undefined): boolean => t?.shape === ',' || t?.marked === 'và';
  while ((k === at && colon) || joins(tokens[k])) {
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
  const byKey = new Map<string, OfficialSuggestion & { keys: string[] }>();
  for (const m of mentions) {
    const key = foldedOf(text, m.name.from, m.name.to - 1);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { name: sourceOf(text, m.name.from, m.name.to - 1), positions: [], rank: null, keys: [] }));
    for (const p of m.positions) {
      const folded = fold(p);
      if (entry.keys.includes(folded)) continue;
      entry.keys.push(folded);
      entry.positions.push(p);
    }
    entry.rank ??= m.rank;
  }
  // "Thứ trưởng" after "thứ trưởng Bộ Văn hóa, Thể thao và Du lịch" is the same position, shortened.
  return [...byKey.values()].map(({ name, positions, rank, keys }) => ({
    name,
    positions: positions.filter((_, i) => !keys.some((q) => q.startsWith(`${keys[i]} `))),
    rank,
  }));
}
