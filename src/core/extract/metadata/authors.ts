/**
 * Author names out of metadata values, bylines and credit lines: credit prefixes ("Tin, ảnh:",
 * "Bài và ảnh:", "By", "Theo"), affiliations in brackets, agency marks ("(TTXVN)", "/TTXVN"),
 * roles ("AP Auto Writer") and dates removed; several authors split into a list.
 */
import { foldAligned } from '../../text/fold-aligned';
import { nfc, squash } from '../../text/fold';

// Credit prefixes, matched on the folded text: "Tin, ảnh:", "Bài và ảnh:", "Bài:", "Thực hiện:", "By", "Theo".
const KIND = '(?:tin|bai|anh|video|clip|do hoa|thiet ke|thuc hien|nhom thuc hien|ky|ghi chep|trinh bay|noi dung)';
const VI_PREFIX = new RegExp(`^${KIND}(?:\\s*(?:,|va|&|\\+|-|/)\\s*${KIND})*\\s*[:：]\\s*`);
const EN_PREFIX = /^(?:(?:written|posted|reported|story|words|text)\s+by|by|from|bởi|boi|tac gia|author|nguon|source|theo)\s*[:：]?\s+/;
// Where a photo or graphics credit starts inside a credit line ("Bài: A - Ảnh: B").
const OTHER_CREDIT = /(?:^|[\s\-–|;,.(])(?:anh|photo|photos|image|video|do hoa|graphics?|thiet ke|bien tap|editing by|edited by)\s*[:：]/;
const SEPARATORS = /\s+[-–—]\s+|\s*[,;&|/]\s*|\s+(?:va|and|with|cung)\s+/g;
// Words that make a byline part a role or an organisation rather than a person's name.
const ROLE = /(?<![a-z])(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|photographer|news service|wire services?|associated press|ctv|phong vien|bien tap vien|cong tac vien|thong tan xa|trung tam|ban bien tap|published|updated|posted)(?![a-z])/;
const AGENCY = /^(?:[A-ZĐ][A-ZĐ0-9+]{1,7}|Vietnam\+|VietnamPlus|Reuters|Bloomberg|AP|AFP)$/u;

/** Title-case an all-capitals name ("THU HẰNG" → "Thu Hằng"), keeping short acronyms ("Nhóm PV"). */
function titleCase(name: string): string {
  // A single capitalized word is more likely an acronym ("TTXVN") than a shouted name.
  if (name !== name.toUpperCase() || !/\p{Lu}{3,}/u.test(name) || !name.includes(' ')) return name;
  return name
    .split(' ')
    .map((w) => (w.length <= 2 ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

/** Does `text` read like a person's or desk's name (or several): capitalized words, no digits, no sentence? */
export function isNameLike(text: string): boolean {
  if (text.length > 80 || /[\d@:;!?“”"]/.test(text)) return false;
  const connectors = /^(?:de|da|di|del|van|von|der|den|la|le|al|bin|ibn|y|und|e)$/;
  const parts = text.split(/\s+[-–—&]\s+|\s*,\s*|\s+(?:và|and)\s+/);
  return parts.every((part) => {
    const words = part.split(' ');
    return words.length <= 5 && /\p{L}{2}/u.test(part) && words.every((w) => /^[\p{Lu}]/u.test(w) || connectors.test(w));
  });
}

/** Cut a known prefix from the front of `text` (matched on its fold), as often as one is there. */
function stripPrefixes(text: string): string {
  for (let i = 0; i < 3; i++) {
    const f = foldAligned(text);
    const m = VI_PREFIX.exec(f) ?? EN_PREFIX.exec(f);
    if (!m) break;
    text = text.slice(m[0].length).trim();
  }
  return text;
}

/** Options for `parseAuthors`. */
export type AuthorOptions = {
  /** The value names one person, maybe as "Family, Given" (citation_author, DC.creator). */
  oneName?: boolean;
};

/** Author names in a raw author value or credit line, in order; [] if none is left. */
export function parseAuthors(raw: string, options: AuthorOptions = {}): string[] {
  let text = squash(nfc(raw)).replace(/^[\s\-–—|:•·*]+|[\s\-–—|:•·*.]+$/g, '');
  if (/^https?:\/\//i.test(text)) return [];
  text = stripPrefixes(text);
  const other = OTHER_CREDIT.exec(foldAligned(text));
  if (other && other.index > 0) text = text.slice(0, other.index);
  // Affiliations and agency marks in brackets: "Lan Phương (Trung tâm ...)", "Minh Hà (TTXVN)".
  text = text.replace(/\s*[([{][^)\]}]*[)\]}]?\s*/g, ' ').trim();
  if (options.oneName) {
    const inverted = /^([^,]+),\s*([^,]+)$/.exec(text);
    if (inverted) text = `${inverted[2]} ${inverted[1]}`;
    return isNameLike(text) || text.split(' ').length <= 4 ? [titleCase(text.trim())] : [];
  }
  const f = foldAligned(text);
  const parts: string[] = [];
  let last = 0;
  for (const m of f.matchAll(SEPARATORS)) {
    parts.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  const names = parts
    .map((p) => stripPrefixes(p.replace(/^[\s.\-–—:]+|[\s.\-–—:]+$/g, '')))
    .filter((p) => p && !/\d|@|https?:/.test(p) && !ROLE.test(foldAligned(p)) && p.split(' ').length <= 6 && p.length <= 60);
  // An agency beside a person is a mark ("Thu Hằng - TTXVN"); alone, it is the only credit there is.
  const people = names.filter((n) => !AGENCY.test(n));
  return [...new Set((people.length ? people : names).map(titleCase))];
}

/** Authors joined for display: Vietnamese bylines write "A - B", others "A, B". */
export function joinAuthors(authors: readonly string[], vietnamese: boolean): string | null {
  return authors.length ? authors.join(vietnamese ? ' - ' : ', ') : null;
}
