/**
 * Author names out of metadata values, bylines and credit lines: credit prefixes ("Tin, ảnh:",
 * "Bài và ảnh:", "By", "Theo"), affiliations in brackets, agency marks ("(TTXVN)", "/TTXVN"),
 * roles ("AP Auto Writer") and dates removed; several authors split into a list.
 */
import { foldAligned } from '../../text/fold-aligned';
import { nfc, squash } from '../../text/fold';

/** A credit prefix (on folded text): "Tin, ảnh:", "Bài và ảnh:", "Thực hiện:", "Theo", "Nguồn:", "By". */
export const CREDIT = /^(?:(?:tin|bai|video|clip|thuc hien|ghi chep)(?: ?(?:,|va|&|\+|-|\/) ?(?:tin|bai|anh|video|clip|do hoa))* ?:|(?:(?:written|posted|reported|story) )?by\b|boi\b|tac gia ?:|theo\b|nguon ?:|source ?:) */;
// Where a photo or editing credit starts inside a credit line ("Bài: A - Ảnh: B").
const OTHER = /[\s\-–|;,.(](?:(?:anh|photos?|video|do hoa|graphics) ?:|edit(?:ing|ed) by)/;
const SEPARATOR = /\s+[-–—]\s+|\s*[,;&|/]\s*|\s+(?:va|and|with)\s+/g;
// A byline part that is a role, an organisation or a date line, not a name.
const ROLE = /\d|@|:|(?<![a-z])(?:writer|reporter|correspondent|editor|staff|contributor|wire|press|ctv|phong vien|bien tap|thong tan xa|trung tam)(?![a-z])/;
// An agency mark written like a name: one capitalized acronym.
const AGENCY = /^[A-ZĐ][A-ZĐ0-9+]{1,7}$|^Reuters$/;

/** "LÒ THỊ HƯƠNG" → "Lò Thị Hương"; a single word ("TTXVN") and vowelless acronyms ("Nhóm PV") stay. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase() || !name.includes(' ')) return name;
  return name.replace(/\S+/g, (w) => (/[aeiouy]/.test(foldAligned(w)) ? w[0] + w.slice(1).toLowerCase() : w));
}

/** Does `text` read like a person's or desk's name (or several): capitalized words, no digits, no sentence? */
export function isNameLike(text: string): boolean {
  return (
    text.length <= 80 &&
    !/[\d@:;!?“”"]/.test(text) &&
    text.split(/\s+[-–—&]\s+|\s*,\s*|\s+(?:và|and)\s+/).every((part) => {
      const words = part.split(' ');
      return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|von|der|le|la|al|bin)$/.test(w));
    })
  );
}

/** Author names in a raw author value or credit line, in order; [] if none is left. `oneName`: the value is one person, maybe "Family, Given". */
export function parseAuthors(raw: string, oneName = false): string[] {
  let text = squash(nfc(raw)).replace(/^[\s\-–—|:•·*]+|[\s\-–—|:•·*.]+$/g, '');
  if (/^https?:/.test(text)) return [];
  if (oneName) return [titleCase(text.replace(/^([^,]+), ([^,]+)$/, '$2 $1'))];
  // Prefixes, possibly stacked ("Bài và ảnh: Theo ...").
  for (let m; (m = CREDIT.exec(foldAligned(text))) && m[0]; ) text = text.slice(m[0].length);
  const other = OTHER.exec(foldAligned(text));
  if (other?.index) text = text.slice(0, other.index);
  // Affiliations and agency marks in brackets: "Lan Phương (Trung tâm ...)", "Minh Hà (TTXVN)".
  text = text.replace(/\s*[([][^)\]]*[)\]]?/g, ' ').trim();
  const f = foldAligned(text);
  const parts: string[] = [];
  let last = 0;
  for (const m of f.matchAll(SEPARATOR)) {
    parts.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  const names = parts.map((p) => p.replace(/^[\s\-–—.:]+|[\s\-–—.:]+$/g, '')).filter((p) => p && p.split(' ').length <= 6 && !ROLE.test(foldAligned(p)));
  // An agency beside a person is a mark ("Thu Hằng - TTXVN"); alone, it is the only credit there is.
  const people = names.filter((n) => !AGENCY.test(n));
  return [...new Set((people.length ? people : names).map(titleCase))];
}

/** Authors joined for display: Vietnamese bylines write "A - B", others "A, B". */
export function joinAuthors(authors: readonly string[], vietnamese: boolean): string | null {
  return authors.length ? authors.join(vietnamese ? ' - ' : ', ') : null;
}
