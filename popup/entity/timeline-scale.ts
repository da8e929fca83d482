/**
 * The time axis of an entity timeline: a padded domain around the article dates, ticks on
 * month boundaries at a step that leaves room for their labels, and which point dates can
 * be labelled without overlapping.
 */

const DAY = 86_400_000;
/** Steps between ticks, in months: the smallest that fits is used. */
const STEPS = [1, 3, 6, 12, 24, 60, 120];

/** A tick on the axis: where (ms since 1970) and what it says. */
export type Tick = { time: number; label: string };

/** Maps times to x in [0, width]. */
export type TimeScale = { start: number; end: number; x: (time: number) => number; ticks: Tick[] };

/** A scale for these times (ms) drawn `width` pixels wide, ticks at least `tickGap` pixels apart. */
export function timeScale(times: readonly number[], width: number, tickGap = 72): TimeScale {
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const span = hi - lo;
  // A lone article still gets a few months either side, so its point is not pinned to an edge.
  const pad = span === 0 ? 120 * DAY : Math.max(span * 0.06, 20 * DAY);
  const start = lo - pad;
  const end = hi + pad;
  const x = (time: number) => ((time - start) / (end - start)) * width;
  const months = (end - start) / (30.44 * DAY);
  const room = Math.max(1, Math.floor(width / tickGap));
  const step = STEPS.find((s) => months / s <= room) ?? STEPS.at(-1)!;
  const ticks: Tick[] = [];
  const first = new Date(start);
  const year = first.getUTCFullYear();
  let month = first.getUTCMonth() + 1; // the first boundary after `start`
  while ((year * 12 + month) % step !== 0) month++;
  for (let t = Date.UTC(year, month, 1); t <= end; t = Date.UTC(year, (month += step), 1)) {
    if (t < start) continue;
    const d = new Date(t);
    const label = step >= 12 ? String(d.getUTCFullYear()) : `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    ticks.push({ time: t, label });
  }
  return { start, end, x, ticks };
}

/** Which of these x positions (ascending) get a date label: each at least `gap` from the last labelled one. */
export function labelled(xs: readonly number[], gap = 78): boolean[] {
  let last = -Infinity;
  return xs.map((x) => {
    if (x - last < gap) return false;
    last = x;
    return true;
  });
}
