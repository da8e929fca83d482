/**
 * Dates as pages write them, in metadata (ISO 8601 and its near relatives) and in visible text
 * ("13:40 - Thứ Tư, 08/02/2023", "Thứ hai, 6/5/2024, 10:30 (GMT+7)", "Nov 19, 2019 6:51 AM EST"),
 * and the one place where an offset is settled (see `settleOffset`).
 */
import { foldAligned } from '../../text/fold-aligned';

/** A date, and maybe a time and an offset, as read; months 1-12. */
export type WallClock = {
  year: number;
  month: number;
  day: number;
  /** Absent when only the day is known. */
  time?: { hour: number; minute: number; second: number };
  /** "+07:00" style, or "Z"; absent when the source did not say. */
  offset?: string;
};

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function valid(w: WallClock): WallClock | null {
  const { year, month, day, time } = w;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (time && (time.hour > 23 || time.minute > 59 || time.second > 59)) return null;
  return w;
}

/** Normalize "+7", "+0700", "+07" and "Z" to "+07:00" / "Z". */
export function normalizeOffset(raw: string): string | undefined {
  if (/^z$/i.test(raw)) return 'Z';
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(raw.trim());
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return `${m[1]}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Parse an ISO 8601 date or date-time (also "YYYY-MM-DD HH:MM" and "+0700" offsets). */
export function parseIso(value: string): WallClock | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const w: WallClock = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (m[4] !== undefined) w.time = { hour: Number(m[4]), minute: Number(m[5]), second: Number(m[6] ?? 0) };
  const offset = m[7] && m[4] !== undefined ? normalizeOffset(m[7]) : undefined;
  if (offset) w.offset = offset;
  return valid(w);
}

/** A metadata date: ISO first, then whatever visible-text reading makes of it (RFC 2822, "May 6, 2024"). */
export function parseMetaDate(value: string, dayFirst: boolean): WallClock | null {
  return parseIso(value) ?? parseVisibleDate(value, dayFirst);
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
// Abbreviations of zones that English-language pages print after a time.
const ZONES: Record<string, string> = {
  gmt: 'Z', utc: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', ist: '+05:30', ict: '+07:00', jst: '+09:00',
};

const NUMERIC_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?!\d)/;
const ISO_DATE = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const VI_DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/;
const MONTH_NAME = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
const EN_MDY = new RegExp(`(?<![a-z])${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`);
const EN_DMY = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+(\\d{4})`);
// "10:30", "10h30", "13g40", "6:51 AM", "11:04 p.m."; a lone "10h" is too ambiguous to read.
const TIME = /(?<!\d)(\d{1,2})\s*[:hg]\s*(\d{2})(?::(\d{2}))?(?!\d)\s*(a\.?m\.?|p\.?m\.?)?/;
const OFFSET = /(?:gmt|utc)\s*([+-]\s*\d{1,2}(?::?\d{2})?)|(?<![a-z])(gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cest|cet|ist|ict|jst)(?![a-z])|(?<=\d)\s*([+-]\d{2}:?\d{2})(?!\d)/;

function readDate(f: string, dayFirst: boolean): { w: WallClock; end: number; start: number } | null {
  let m = ISO_DATE.exec(f);
  if (m) return { w: { year: +m[1]!, month: +m[2]!, day: +m[3]! }, start: m.index, end: m.index + m[0].length };
  m = VI_DATE.exec(f);
  if (m) return { w: { year: +m[3]!, month: +m[2]!, day: +m[1]! }, start: m.index, end: m.index + m[0].length };
  m = EN_MDY.exec(f);
  if (m) return { w: { year: +m[3]!, month: MONTHS[m[1]!]!, day: +m[2]! }, start: m.index, end: m.index + m[0].length };
  m = EN_DMY.exec(f);
  if (m) return { w: { year: +m[3]!, month: MONTHS[m[2]!]!, day: +m[1]! }, start: m.index, end: m.index + m[0].length };
  m = NUMERIC_DATE.exec(f);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    // Day first (Vietnamese and most of the world) unless that cannot be a date.
    const [day, month] = (dayFirst && b <= 12) || a > 12 ? [a, b] : [b, a];
    return { w: { year, month, day }, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * Read the first date in visible text, with the time and zone written around it.
 * `dayFirst` settles "6/5/2024" (Vietnamese pages: 6 May).
 */
export function parseVisibleDate(text: string, dayFirst: boolean): WallClock | null {
  const f = foldAligned(text.normalize('NFC'));
  const date = readDate(f, dayFirst);
  if (!date) return null;
  const w: WallClock = { ...date.w };
  // The time may come before the date ("13:40 - Thứ Tư, 08/02/2023") or after it.
  const rest = `${f.slice(0, date.start)} ${' '.repeat(date.end - date.start)} ${f.slice(date.end)}`;
  const t = TIME.exec(rest);
  if (t) {
    let hour = +t[1]!;
    const meridiem = t[4]?.replace(/\./g, '');
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    w.time = { hour, minute: +t[2]!, second: +(t[3] ?? 0) };
    const o = OFFSET.exec(rest);
    const offset = o ? (o[1] ? normalizeOffset(o[1].replace(/\s+/g, '')) : o[2] ? ZONES[o[2]] : normalizeOffset(o[3]!)) : undefined;
    if (offset) w.offset = offset;
  }
  return valid(w);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/** The instant of a wall clock with an offset, in ms since the epoch. */
export function instant(w: WallClock & { offset: string }): number {
  const t = w.time ?? { hour: 0, minute: 0, second: 0 };
  return Date.UTC(w.year, w.month - 1, w.day, t.hour, t.minute, t.second) - offsetMinutes(w.offset) * 60_000;
}

/** Move a wall clock to another offset without moving the instant. */
export function atOffset(w: WallClock & { offset: string }, offset: string): WallClock {
  const d = new Date(instant(w) + offsetMinutes(offset) * 60_000);
  return {
    year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
    time: { hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() }, offset,
  };
}

/** ISO 8601: "2023-02-08T13:40:00+07:00", or "2023-02-08" when only the day is known. */
export function formatIso(w: WallClock): string {
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  if (!w.time) return date;
  return `${date}T${pad(w.time.hour)}:${pad(w.time.minute)}:${pad(w.time.second)}${w.offset ?? 'Z'}`;
}
