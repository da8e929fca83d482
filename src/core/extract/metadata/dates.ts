/**
 * Dates as pages write them, in metadata (ISO 8601 and near relatives) and in visible text
 * ("13:40 - Thứ Tư, 08/02/2023", "Thứ hai, 6/5/2024, 10:30 (GMT+7)", "Nov 19, 2019 6:51 AM EST"),
 * read by one parser, and the arithmetic to move a time to another offset.
 */
import { foldAligned } from '../../text/fold-aligned';

/** A date, and maybe a time and an offset, as read; months 1-12, hours 0-23. */
export type WallClock = {
  year: number;
  month: number;
  day: number;
  /** Absent when only the day is known. */
  hour?: number;
  minute?: number;
  second?: number;
  /** "+07:00" style or "Z"; absent when the source did not say. */
  offset?: string;
};

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// Year first (ISO, "2020/07/15"), Vietnamese words, month names, then numeric day-month-year.
const YMD = /(?<!\d)(\d{4})[-/.](\d\d?)[-/.](\d\d?)(?!\d)/;
const VI = /ngay (\d\d?) thang (\d\d?) nam (\d{4})/;
const MDY = new RegExp(`(?<![a-z])${MONTH} (\\d\\d?)(?:st|nd|rd|th)?,? (\\d{4})`);
const DMY = /(?<!\d)(\d\d?) ?[/.-] ?(\d\d?) ?[/.-] ?(\d{4}|\d\d)(?!\d)/;
// "10:30", "10h30", "13g40", "6:51 AM", "11:04 p.m.", "23:20:00.556"; a lone "10h" is too ambiguous.
const TIME = /(?<!\d)(\d\d?) ?[:hg] ?(\d\d)(?::(\d\d))?(?![\d])(?:[.,]\d+)?(?: ?([ap])\.?m\b)?/;
// "GMT+7", "…00Z", "…00+07:00", "EST".
const ZONE = /(?:gmt|utc) ?([+-] ?\d\d?(?::?\d\d)?)|(?<=\d)(z|[+-]\d\d:?\d\d)(?![\d:])|(?<![a-z])(gmt|utc|[ecmp][sd]t|ict)(?![a-z])/;
const ZONES = 'gmt+0utc+0est-5edt-4cst-6cdt-5mst-7mdt-6pst-8pdt-7ict+7';

/** "+7", "+0700", "-05" → "+07:00", "-05:00"; "z" → "Z". */
function offsetOf(raw: string): string | undefined {
  if (raw === 'z') return 'Z';
  const m = /^([+-]) ?(\d\d?):?(\d\d)?$/.exec(raw);
  return m && +m[2]! <= 14 ? `${m[1]}${m[2]!.padStart(2, '0')}:${m[3] ?? '00'}` : undefined;
}

/**
 * Read the first date in `text` (ISO or as written on a page), with the time and zone around it.
 * `dayFirst` settles "6/5/2024": 6 May on Vietnamese pages, June 5 on US ones.
 */
export function parseDate(text: string, dayFirst: boolean): WallClock | null {
  const f = foldAligned(text.normalize('NFC')).replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  let date: [number, number, number] | null = null;
  if ((m = YMD.exec(f))) date = [+m[1]!, +m[2]!, +m[3]!];
  else if ((m = VI.exec(f))) date = [+m[3]!, +m[2]!, +m[1]!];
  else if ((m = MDY.exec(f))) date = [+m[3]!, MONTHS.indexOf(m[1]!) / 3 + 1, +m[2]!];
  else if ((m = DMY.exec(f))) {
    const [a, b, y] = [+m[1]!, +m[2]!, m[3]!];
    // Day first unless that cannot be a date.
    date = [y.length === 2 ? 2000 + +y : +y, (dayFirst && b <= 12) || a > 12 ? b : a, (dayFirst && b <= 12) || a > 12 ? a : b];
  }
  if (!m || !date) return null;
  const w: WallClock = { year: date[0], month: date[1], day: date[2] };
  // The time may come before the date ("13:40 - Thứ Tư, 08/02/2023") or after it.
  const rest = f.slice(0, m.index) + ' '.repeat(m[0].length) + f.slice(m.index + m[0].length);
  const t = TIME.exec(rest);
  if (t) {
    w.hour = +t[1]! + (t[4] === 'p' && +t[1]! < 12 ? 12 : 0) - (t[4] === 'a' && t[1] === '12' ? 12 : 0);
    w.minute = +t[2]!;
    w.second = +(t[3] ?? 0);
    const z = ZONE.exec(rest);
    const named = z?.[3] && new RegExp(`${z[3]}([+-]\\d)`).exec(ZONES)?.[1];
    const offset = z && offsetOf(z[1] ?? z[2] ?? named ?? '');
    if (offset) w.offset = offset === '+00:00' && named ? 'Z' : offset;
  }
  const { year, month, day, hour = 0, minute = 0, second = 0 } = w;
  const valid = year >= 1990 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  return valid && hour < 24 && minute < 60 && second < 60 ? w : null;
}

const minutes = (offset: string): number => (offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(4, 6)));

/** The instant of a wall clock read at `offset` (its own when given), in ms since the epoch. */
export function instant(w: WallClock, offset = w.offset ?? 'Z'): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour ?? 0, w.minute ?? 0, w.second ?? 0) - minutes(offset) * 60_000;
}

/** The same instant as `w` (read at its offset), on the wall clock of `offset`. */
export function atOffset(w: WallClock, offset: string): WallClock {
  const d = new Date(instant(w) + minutes(offset) * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), offset };
}

/** ISO 8601: "2023-02-08T13:40:00+07:00", or "2023-02-08" when only the day is known. */
export function formatIso(w: WallClock): string {
  const p = (n = 0, width = 2): string => String(n).padStart(width, '0');
  const date = `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}`;
  return w.hour === undefined ? date : `${date}T${p(w.hour)}:${p(w.minute)}:${p(w.second)}${w.offset ?? 'Z'}`;
}
