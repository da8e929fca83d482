/**
 * The published time: the first date that parses among the metadata candidates (in order of
 * trust), else the visible date line; then its offset settled. Vietnamese pages get +07:00:
 * local times written without an offset are +07:00, and UTC metadata ("…Z") is moved to +07:00
 * without moving the instant (23:20Z on the 26th is 06:20 on the 27th). Other pages keep the
 * offset they give; a time with none is read as UTC.
 */
import { atOffset, formatIso, parseDate, type WallClock } from './dates';

const VIETNAM = '+07:00';

/** How to read and settle the published time. */
export type PublishedInput = {
  /** Metadata date strings in order of trust (JSON-LD, article:published_time, citation/DC, microdata), read lazily. */
  candidates: (() => string | null | undefined)[];
  /** The visible date line near the title, read only when needed. */
  visible: () => WallClock | null;
  /** The page is Vietnamese: +07:00 local time. */
  vietnamese: boolean;
  /** Numeric dates are day-first ("6/5/2024" is 6 May). */
  dayFirst: boolean;
};

function sameDay(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The published time as ISO 8601 with its offset, a bare date when no time is known, or null. */
export function settlePublished({ candidates, visible, vietnamese, dayFirst }: PublishedInput): string | null {
  let w: WallClock | null = null;
  for (const candidate of candidates) {
    const value = candidate();
    w = value ? parseDate(value, dayFirst) : null;
    if (w) break;
  }
  if (!w) w = visible();
  else if (vietnamese && w.hour === undefined) {
    // A metadata date without a time is completed by the date line when both name the same day.
    const v = visible();
    if (v?.hour !== undefined && w.hour === undefined && sameDay(v, w)) w = v;
  }
  if (!w) return null;
  if (w.hour === undefined) return formatIso(w);
  if (vietnamese) return formatIso(w.offset ? atOffset(w, VIETNAM) : { ...w, offset: VIETNAM });
  return formatIso(w);
}
