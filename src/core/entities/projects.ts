/**
 * Projects: "Dự án …" and "công trình …" with the name that follows, up to a natural boundary.
 *
 * Programmes (chương trình), schemes (đề án) and plans (đồ án, quy hoạch) never start a project.
 * Generic mentions ("các dự án", "dự án này", "27 dự án có…", "Ban Quản lý dự án") are skipped.
 * A name runs over nouns, places and numbers and ends at punctuation, a verb or function word
 * ("do", "tại", "của", "đã"…), a new project ("và dự án …"), or after a place name that nothing
 * continues ("bản Phiêng Nèn đưa vào…"). Commas stay inside a name only where the name plainly
 * goes on ("Dự án cải tạo, chỉnh trang …", "khu, điểm tái định cư …").
 */
import { stopAt } from './lexicon';
import { ORG_HEADS } from './lexicon-titles';
import { AFTER_PLACE, CAUSES, DRAFTS, GENERIC_BEFORE, GENERIC_FIRST, GENERIC_WORDS, KEYWORDS, LINKS, LOCATION, NOT_PROJECTS, TRAILING } from './lexicon-projects';
import { NAME_COMPOUNDS } from './lexicon-words';
import { isDash } from './positions';
import { foldedOf, sourceOf, type Token, type TokenizedText } from './tokens';
import type { ProjectSuggestion } from './types';

const MAX_NAME = 40;
const MONEY = new Set(['tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'đồng', 'usd', 'vnđ', 'vnd', '%']);

/** Projects named in the text, in order of first mention, names as written. */
export function findProjects(text: TokenizedText): ProjectSuggestion[] {
  const { tokens } = text;
  const found: ProjectSuggestion[] = [];
  const keys: string[][] = [];
  let read = 0;
  for (let i = 0; i < tokens.length; i++) {
    const m = tokens[i]!.marked;
    if (i < read || (m !== 'dự' && m !== 'công') || !keywordAt(tokens, i)) continue;
    const before = tokens[i - 1];
    if (before && (GENERIC_BEFORE.has(before.marked) || /^\d/.test(before.low))) continue;
    const end = nameEnd(tokens, i + 2);
    const words = tokens.slice(i + 2, end).filter((t) => t.kind === 'word');
    // Two common nouns ("dự án trụ sở") name no project; a place or a number makes it one ("Dự án đường 60m").
    const specific = words.some((t) => /[\p{Lu}\p{N}]/u.test(t.shape));
    if (words.length < (specific ? 2 : 3) || words.every((t) => GENERIC_WORDS.has(t.marked))) continue;
    // "công trình" is also any structure: only a named one (a place, a number) is a project.
    if (tokens[i]!.low === 'cong' && !words.some((t) => /[\p{Lu}\p{N}]/u.test(t.shape))) continue;
    read = end;
    // The same project named again, longer or shorter: its words all among the other's.
    const key = foldedOf(text, i, end - 1).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (keys.some((k) => within(k, key) || within(key, k))) continue;
    keys.push(key);
    found.push({ name: sourceOf(text, i, end - 1) });
  }
  return found;
}

function keywordAt(tokens: readonly Token[], at: number, words = KEYWORDS): boolean {
  return words.some(([a, b]) => tokens[at]?.marked === a && tokens[at + 1]?.marked === b);
}

/** End (exclusive) of the project name that starts at `at`. */
function nameEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  if (first && QUOTES.has(first.shape)) return quotedEnd(tokens, at);
  if (!first || first.kind !== 'word' || (!first.capital && GENERIC_FIRST.has(first.marked)) || DRAFTS.has(first.marked) || keywordAt(tokens, at)) return at;
  // "dự án 4 con đường": a count of things, not a name.
  if (/^\d/.test(first.low)) return at;
  let j = at;
  let run = 0; // length of the capitalised run just passed
  let runIsOrg = false; // whether it opened an organisation ("Trường Phổ thông…"), not a place
  for (; j < tokens.length && j - at < MAX_NAME; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      run = 0;
      if (t.shape === ',' && commaContinues(tokens, j, at)) continue;
      // Routes and joint names: "Sơn La - Điện Biên", "vành đai 4 - Vùng Thủ đô", "HĐND - UBND".
      // "… Điện Biên - cửa khẩu Tây Trang": a place within the next words after the dash.
      const capitalised = (u: Token | undefined): boolean => u?.kind === 'word' && /^[\p{Lu}\p{N}]/u.test(u.shape);
      if (isDash(t) && capitalised(tokens[j - 1]) && tokens.slice(j + 1, j + 4).some(capitalised) && tokens[j + 1]?.kind === 'word') continue;
      break;
    }
    if (t.marked === 'và') {
      if (keywordAt(tokens, j + 1) || keywordAt(tokens, j + 1, NOT_PROJECTS) || stopAt(tokens, j + 1) || tokens[j + 1]?.kind !== 'word') break;
      run = 0;
      continue;
    }
    if (LINKS.has(t.marked)) {
      if (!tokens.slice(j + 1, j + 5).some((u) => u.kind === 'word' && /^\p{Lu}/u.test(u.shape))) break;
      run = 0;
      continue;
    }
    // "nhà ở", "trụ sở làm việc": nouns here, though "ở" and "làm" end a name everywhere else.
    if (NAME_COMPOUNDS.has(`${t.marked} ${tokens[j + 1]?.marked}`)) {
      j++;
      run = 0;
      continue;
    }
    const cause = t.marked === 'do' && CAUSES.has(tokens[j + 1]?.marked ?? '');
    if (stopAt(tokens, j) && !cause && !NAME_COMPOUNDS.has(`${tokens[j - 1]?.marked} ${t.marked}`)) break;
    // An amount is never part of a name: "công trình 24.000 tỷ".
    if (/^\d/.test(t.low) && MONEY.has(tokens[j + 1]?.marked ?? '')) break;
    if (t.capital) {
      if (run === 0) runIsOrg = ORG_HEADS.has(t.low);
      run++;
      continue;
    }
    // After a place name ("bản Phiêng Nèn"), only a last word ("Vùng Thủ đô.") or a link goes on.
    if (run >= 2 && !runIsOrg && !AFTER_PLACE.has(t.marked) && !/^\d/.test(t.low) && tokens[j + 1]?.kind === 'word') break;
    run = 0;
  }
  if (j - at >= MAX_NAME) return at;
  while (j > at && (TRAILING.has(tokens[j - 1]!.marked) || tokens[j - 1]!.kind === 'punct')) j--;
  return j;
}

const QUOTES = new Map([
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
]);

/** A quoted name ("dự án “Cải tạo hồ Huổi Phạ”"): up to the closing quote, quotes included. */
function quotedEnd(tokens: readonly Token[], at: number): number {
  const close = QUOTES.get(tokens[at]!.shape);
  for (let k = at + 1; k < tokens.length && k - at <= MAX_NAME; k++) {
    if (tokens[k]!.shape === close) return k + 1;
    if (/^[.;!?]$/.test(tokens[k]!.shape)) break;
  }
  return at;
}

/** Whether the comma at `at` stays inside the name that started at `start`. */
function commaContinues(tokens: readonly Token[], at: number, start: number): boolean {
  const prev = tokens[at - 1];
  const next = tokens[at + 1];
  if (!prev || !next || prev.capital || /\p{Lu}/u.test(prev.shape)) return false;
  if (next.kind !== 'word' || next.capital || /\p{Lu}/u.test(next.shape)) return false;
  if (next.marked === 'và' || LOCATION.has(next.marked) || GENERIC_BEFORE.has(next.marked) || stopAt(tokens, at + 1) || keywordAt(tokens, at + 1)) return false;
  // Either the name so far is too short to be whole ("Dự án cải tạo,"), or what follows the
  // comma is a clean noun phrase up to the next punctuation.
  if (at - start <= 2) return true;
  for (let k = at + 1; k < tokens.length && k - at <= 15; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return true;
    if (stopAt(tokens, k)) return false;
  }
  return false;
}

/** Whether every word of `a` (counted with repeats) is among the words of `b`. */
function within(a: readonly string[], b: readonly string[]): boolean {
  const left = [...b];
  return a.every((w) => {
    const k = left.indexOf(w);
    if (k >= 0) left.splice(k, 1);
    return k >= 0;
  });
}
