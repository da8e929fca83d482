/**
 * ISO 8601 date-times that keep their offset: a Vietnamese article published at 13:40
 * local time is "…T13:40:00+07:00", and editing it must not move it to UTC.
 */

/** The default offset for Vietnamese local times. */
export const VIETNAM_OFFSET = '+07:00';

/** A date-time split for editing: wall-clock time (`YYYY-MM-DDTHH:mm`) and offset (`+07:00`, `Z` as `+00:00`). */
export type WallTime = { local: string; offset: string };

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Split an ISO date-time into its wall-clock time and offset, or null if it is not one. */
export function splitIso(iso: string): WallTime | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const offset = !m[3] || m[3] === 'Z' ? (m[2] ? '+00:00' : VIETNAM_OFFSET) : m[3];
  return { local: `${m[1]}T${m[2] ?? '00:00'}`, offset };
}

/** Join a wall-clock time and an offset back into ISO 8601 (`…T13:40:00+07:00`), or null if invalid. */
export function joinIso(local: string, offset: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local) || !/^[+-]\d{2}:\d{2}$/.test(offset)) return null;
  const [y, m, d] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  // Date.parse rolls 30 February over to March; a date that does not exist is refused instead.
  if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d || Number(local.slice(11, 13)) > 23) return null;
  const iso = `${local}:00${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** "08/02/2023 13:40 (+07:00)": the article's own wall-clock time, day first, with its offset. */
export function formatWallTime(iso: string): string {
  const w = splitIso(iso);
  if (!w) return iso;
  const [date, time] = w.local.split('T') as [string, string];
  const [y, mo, d] = date.split('-');
  return `${d}/${mo}/${y} ${time} (${w.offset})`;
}
