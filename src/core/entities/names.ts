/**
 * Vietnamese personal names inside runs of capitalised syllables.
 *
 * A name is 2–4 capitalised syllables from a family name on. A run can hold more than the name
 * when a place comes first ("huyện Điện Biên Lê Văn Hải"): then the name is the run's tail,
 * chosen by family name, by the "Văn"/"Thị" middle names, and by length (3 syllables is by far
 * the most common, then 4; 2 only where nothing can come before the name).
 */
import { headAt, isHistoricOrPlace, isSurname, placeNounBefore, rankAt } from './lexicon';
import type { Token } from './tokens';

/** Token indices [from, to) of a name. */
export type NameSpan = { from: number; to: number };

/** How a run is placed: `direct` when nothing but a title, honorific or delimiter comes before. */
export type RunContext = {
  /** The run starts right after a head, rank, honorific, list delimiter or sentence start. */
  direct: boolean;
  /** A rank or honorific ("đồng chí", "ông", "Đại tá") says a person follows. */
  person: boolean;
};

// Capitalised at a sentence start, these are honorifics, not part of the name ("Ông Quàng Văn Ơn").
const LEADING = new Set(['ông', 'bà', 'anh', 'chị', 'cô', 'chú', 'bác', 'cụ']);
const MIDDLE = new Set(['văn', 'thị']);

/**
 * End (exclusive) of the run of capitalised syllables that starts at `at`. A title or rank
 * ends the run: "Mùa A Sơn Phó Bí thư" is a name and a title even without the dash.
 */
export function capitalRunEnd(tokens: readonly Token[], at: number): number {
  let k = at;
  while (tokens[k]?.capital && (k === at || (!headAt(tokens, k) && !rankAt(tokens, k)))) k++;
  return k;
}

/** Whether the run at `at` opens with a capitalised honorific ("Ông Quàng Văn Ơn" at a sentence start). */
export const opensWithHonorific = (tokens: readonly Token[], at: number): boolean => LEADING.has(tokens[at]?.marked ?? '');

/** The personal name that ends the capitalised run [from, to), if there is one. */
export function nameInRun(tokens: readonly Token[], from: number, to: number, context: RunContext): NameSpan | null {
  let { direct, person } = context;
  while (from < to && LEADING.has(tokens[from]!.marked)) {
    from++;
    direct = person = true;
  }
  // "phường Võ Thị Sáu", "Đường Lê Lợi", "Trường THPT Lê Quý Đôn": a place, not a person.
  if (placeNounBefore(tokens, from + 1) && to - from <= 5) return null;
  if (placeNounBefore(tokens, from) && to - from <= 4) return null;
  const length = to - from;
  if (length < 2 || headAt(tokens, from)) return null;
  const accept = (start: number): NameSpan | null => {
    const folded = tokens
      .slice(start, to)
      .map((t) => t.low)
      .join(' ');
    return isHistoricOrPlace(folded) ? null : { from: start, to };
  };
  if (direct && length <= 4 && (person || isSurname(tokens[from]!))) return accept(from);
  for (let k = from + 1; k < to - 1; k++) {
    const size = to - (k - 1);
    if (MIDDLE.has(tokens[k]!.marked) && isSurname(tokens[k - 1]!) && size >= 3 && size <= 4) return accept(k - 1);
  }
  for (const size of [3, 4]) {
    const start = to - size;
    if (start >= from && isSurname(tokens[start]!)) return accept(start);
  }
  return null;
}
