/**
 * Timing summaries for the extraction benchmark: median and 95th percentile of per-page times.
 */

/** The q-quantile (0..1) of `values` by nearest rank; 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Median and p95 of per-page times in milliseconds. */
export type TimeSummary = { medianMs: number; p95Ms: number; totalMs: number };

/** Summarize per-page times. */
export function summarizeTimes(times: readonly number[]): TimeSummary {
  return { medianMs: quantile(times, 0.5), p95Ms: quantile(times, 0.95), totalMs: times.reduce((s, t) => s + t, 0) };
}
