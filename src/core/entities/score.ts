/**
 * Scoring suggestions against ground truth (the vi-news fixtures' schema and matching rules):
 * officials by folded name; positions fold-equal after expanding UBND/HĐND/MTTQ/ĐBQH/KH&ĐT/
 * TP./Q.; projects fold-equal to the name or an alias, or sharing ≥80% of tokens (of the longer
 * of the two, so that neither a stub nor a run-on passes), `optional` ones counting neither
 * way; amounts by exact value and currency. Each truth item is matched at most once: a second
 * suggestion for it is a false positive.
 */
import { fold } from '../text/fold';
import type { Suggestions } from './types';

/** Ground truth for one page (the fields of the fixture JSON that scoring reads). */
export type EntityTruth = {
  officials: { name: string; positions: string[]; rank?: string }[];
  projects: { name: string; aliases?: string[]; optional?: boolean }[];
  amounts: { text: string; value: number; currency: string }[];
  notOfficials?: string[];
  notProjects?: string[];
};

/** True positives, false positives, false negatives. */
export type Counts = { tp: number; fp: number; fn: number };

/** Categories scored. */
export type Category = 'officials' | 'positions' | 'projects' | 'amounts';

/** One page's counts, and what went wrong, in words. */
export type PageScore = Record<Category, Counts> & {
  /** Misses and extras, one line each ("official missed: …"). */
  misses: string[];
  /** Suggestions that the truth lists as things not to report. */
  violations: string[];
};

/** Precision and recall of one category over many pages. */
export type CategoryScore = Counts & { precision: number; recall: number };

const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])ubnd(?![\p{L}\p{N}])/gu, 'uy ban nhan dan'],
  [/(?<![\p{L}\p{N}])hdnd(?![\p{L}\p{N}])/gu, 'hoi dong nhan dan'],
  [/(?<![\p{L}\p{N}])mttq(?![\p{L}\p{N}])/gu, 'mat tran to quoc'],
  [/(?<![\p{L}\p{N}])dbqh(?![\p{L}\p{N}])/gu, 'dai bieu quoc hoi'],
  [/(?<![\p{L}\p{N}])kh&dt(?![\p{L}\p{N}])/gu, 'ke hoach va dau tu'],
  [/(?<![\p{L}\p{N}])tp\. ?/gu, 'thanh pho '],
  [/(?<![\p{L}\p{N}])q\. ?/gu, 'quan '],
];

/** A position folded, with its abbreviations spelled out, for comparison. */
export function positionKey(position: string): string {
  let key = fold(position);
  for (const [pattern, spelled] of ABBREVIATIONS) key = key.replace(pattern, spelled);
  return key.replace(/\s+/g, ' ').trim();
}

const tokens = (s: string): string[] => fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether a suggested project name matches a truth project (name or alias). */
export function projectMatches(name: string, truth: { name: string; aliases?: string[] }): boolean {
  return [truth.name, ...(truth.aliases ?? [])].some((t) => fold(t) === fold(name) || overlap(name, t) >= 0.8);
}

/** Shared tokens (as multisets) over the token count of the longer text. */
export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return shared / Math.max(ta.length, tb.length, 1);
}

/** Score one page's suggestions against its truth. */
export function scorePage(s: Suggestions, truth: EntityTruth): PageScore {
  const score: PageScore = { officials: zero(), positions: zero(), projects: zero(), amounts: zero(), misses: [], violations: [] };
  const officials = new Map(s.officials.map((o) => [fold(o.name), o]));
  const truthNames = new Set(truth.officials.map((o) => fold(o.name)));
  for (const o of truth.officials) {
    const found = officials.get(fold(o.name));
    count(score.officials, !!found, `official missed: ${o.name}`, score.misses);
    const have = new Set((found?.positions ?? []).map(positionKey));
    for (const p of o.positions) count(score.positions, have.has(positionKey(p)), `position missed: ${o.name}: ${p} (have: ${found?.positions.join(' | ') ?? '-'})`, score.misses);
    const wanted = new Set(o.positions.map(positionKey));
    score.positions.fp += (found?.positions ?? []).filter((p) => !wanted.has(positionKey(p))).length;
  }
  for (const o of s.officials) {
    if (truthNames.has(fold(o.name))) continue;
    score.officials.fp++;
    score.misses.push(`official extra: ${o.name} (${o.positions.join(' | ')})`);
  }
  for (const n of truth.notOfficials ?? []) {
    for (const o of s.officials) if (containsWords(fold(o.name), fold(n))) score.violations.push(`reported a non-official: ${o.name} (${n})`);
  }
  scoreProjects(s, truth, score);
  const amounts = [...truth.amounts];
  for (const a of s.amounts) {
    const k = amounts.findIndex((t) => t.value === a.value && t.currency === a.currency);
    if (k >= 0) {
      amounts.splice(k, 1);
      score.amounts.tp++;
    } else {
      score.amounts.fp++;
      score.misses.push(`amount extra: ${a.text} = ${a.value} ${a.currency}`);
    }
  }
  for (const a of amounts) count(score.amounts, false, `amount missed: ${a.text} = ${a.value} ${a.currency}`, score.misses);
  return score;
}

function scoreProjects(s: Suggestions, truth: EntityTruth, score: PageScore): void {
  const used = new Set<number>();
  for (const p of s.projects) {
    const k = truth.projects.findIndex((t, i) => !used.has(i) && projectMatches(p.name, t));
    if (k >= 0 && truth.projects[k]!.optional) {
      used.add(k);
    } else if (k >= 0) {
      used.add(k);
      score.projects.tp++;
    } else {
      score.projects.fp++;
      score.misses.push(`project extra: ${p.name}`);
    }
    for (const n of truth.notProjects ?? []) {
      if (containsWords(fold(p.name), fold(n)) || overlap(p.name, n) >= 0.8) score.violations.push(`reported a non-project: ${p.name} (${n})`);
    }
  }
  truth.projects.forEach((t, i) => {
    if (!t.optional && !used.has(i)) count(score.projects, false, `project missed: ${t.name}`, score.misses);
  });
}

/** Precision and recall per category over many pages (micro-averaged: counts are summed). */
export function scoreCorpus(pages: readonly PageScore[]): Record<Category, CategoryScore> {
  const out = {} as Record<Category, CategoryScore>;
  for (const c of ['officials', 'positions', 'projects', 'amounts'] as const) {
    const sum = pages.reduce((acc, p) => ({ tp: acc.tp + p[c].tp, fp: acc.fp + p[c].fp, fn: acc.fn + p[c].fn }), zero());
    out[c] = { ...sum, precision: ratio(sum.tp, sum.tp + sum.fp), recall: ratio(sum.tp, sum.tp + sum.fn) };
  }
  return out;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const containsWords = (text: string, part: string): boolean => ` ${text} `.includes(` ${part} `);

function count(c: Counts, hit: boolean, miss: string, misses: string[]): void {
  if (hit) c.tp++;
  else {
    c.fn++;
    misses.push(miss);
  }
}
