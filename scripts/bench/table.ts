/** Benchmark rows: each figure next to its baseline from the same run, and their ratio. */

/** One measured figure. */
export type BenchRow = {
  /** Which benchmark it belongs to ("clip", "bundle", …). */
  group: string;
  /** What was measured. */
  name: string;
  /** The figure. */
  value: number;
  /** The baseline measured in the same run (or a fixed budget for sizes), or null. */
  baseline: number | null;
  /** What the baseline is. */
  baselineName: string;
  /** value / baseline. */
  ratio: number | null;
  /** Unit of value and baseline. */
  unit: string;
  /** The goal, in words ("ratio ≤ 1.5"). */
  goal: string;
  /** Whether the goal is met. */
  pass: boolean;
};

/** Make a row; `goalRatio` / `goalValue` set the pass mark. */
export function row(
  group: string,
  name: string,
  value: number,
  unit: string,
  baseline: { value: number | null; name: string },
  goal: { ratio?: number; value?: number; text?: string },
): BenchRow {
  const ratio = baseline.value ? value / baseline.value : null;
  const pass = (goal.ratio === undefined || (ratio !== null && ratio <= goal.ratio)) && (goal.value === undefined || value <= goal.value);
  const text = goal.text ?? [goal.ratio !== undefined ? `ratio ≤ ${goal.ratio}` : '', goal.value !== undefined ? `≤ ${goal.value} ${unit}` : ''].filter(Boolean).join(', ');
  return { group, name, value, baseline: baseline.value, baselineName: baseline.name, ratio, unit, goal: text, pass };
}

const fmt = (n: number | null): string => (n === null ? '–' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** Print rows as an aligned table. */
export function printTable(rows: BenchRow[]): void {
  const lines = rows.map((r) => [r.group, r.name, `${fmt(r.value)} ${r.unit}`, r.baseline === null ? '–' : `${fmt(r.baseline)} ${r.unit} (${r.baselineName})`, r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`, r.goal, r.pass ? 'ok' : 'MISS']);
  const header = ['group', 'figure', 'value', 'baseline (same run)', 'ratio', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const print = (cells: string[]) => console.log(cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
  print(header);
  print(widths.map((w) => '-'.repeat(w)));
  lines.forEach(print);
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
