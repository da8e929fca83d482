/**
 * Officials written name first: "đồng chí X, t1, t2", "ông X - t -", "X (t)", "Các đồng chí: A,
 * t; B, t", "Đại tá X, t". The name needs a title after it, a rank before it, or "đồng chí":
 * "ông"/"bà" alone also introduce residents.
 */
import { honorificAt, placeNounBefore, rankAt } from './lexicon';
import { capitalRunEnd, nameInRun, opensWithHonorific, type NameSpan } from './names';
import { headsBusiness, isDash, parsePosition } from './positions';
import { sourceOf, type Token, type TokenizedText } from './tokens';

/** A person found in the text, with what the text says they are. */
export type Mention = { name: NameSpan; positions: string[]; rank: string | null };

const LIST_DELIMITERS = new Set([',', ';', ':', '(', '.', '!', '?', '“', '"', '…']);
const SEPARATORS = new Set([',', 'và', 'kiêm']);

/** The official whose name is the capitalised run starting at `at`, if the text makes them one. */
export function nameFirst(text: TokenizedText, at: number): Mention | null {
  const { tokens } = text;
  const context = contextBefore(tokens, at);
  if (!context) return null;
  const name = nameInRun(tokens, at, capitalRunEnd(tokens, at), context);
  if (!name) return null;
  const rank = context.rank ? sourceOf(text, context.rank.from, context.rank.to - 1) : null;
  const positions = positionsAfter(text, name.to, context.person || opensWithHonorific(tokens, at));
  const comrade = context.honorific === 'dong chi' || context.honorific === 'cac dong chi' || context.honorific === 'd/c';
  return positions.length || rank || comrade ? { name, positions, rank } : null;
}

/** Positions in apposition after a name ending at `at`: ", t1, t2 kiêm t3", " - t -", " (t)". */
export function positionsAfter(text: TokenizedText, at: number, person: boolean): string[] {
  const { tokens } = text;
  const open = tokens[at];
  // Without punctuation only after "ông"/"đồng chí"/a rank: "ông Lò Văn A Chủ tịch UBND xã".
  let k = open && (open.shape === ',' || open.shape === '(' || isDash(open)) ? at + 1 : person ? at : -1;
  const positions: string[] = [];
  while (k >= 0) {
    const parsed = parsePosition(tokens, k);
    // A name right after the title means the title is that next person's.
    if (!parsed || parsed.name || parsed.to === parsed.from) break;
    if (!headsBusiness(tokens, parsed)) positions.push(sourceOf(text, parsed.from, parsed.to - 1));
    const sep = tokens[parsed.to];
    k = sep && SEPARATORS.has(sep.marked) && parsePosition(tokens, parsed.to + 1) ? parsed.to + 1 : -1;
  }
  return positions;
}

type Context = { direct: boolean; person: boolean; rank: NameSpan | null; honorific: string | null };

/** What comes right before the run at `at`: a rank, an honorific, a delimiter, or ordinary words. */
function contextBefore(tokens: readonly Token[], at: number): Context | null {
  // "đường Võ Nguyên Giáp, …", "Trường THPT Lê Quý Đôn, …": places, whatever follows.
  if (placeNounBefore(tokens, at)) return null;
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
