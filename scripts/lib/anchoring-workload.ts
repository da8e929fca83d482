/**
 * The re-anchoring workload of the benchmark (issue 4), with no Node APIs so the
 * lead can bundle it into a Chromium page as it is.
 *
 * A ~1 MB article is built from seed paragraphs repeated with variations (some copies
 * identical, so some quotes and even their context repeat), 200 highlights are described
 * on it, then the page changes: 20 quotes get 1-3 character edits inside, and a paragraph
 * is inserted near the top, shifting everything below. Each highlight's expected offsets
 * on the changed page are tracked, so "landed on the right words" is checked exactly.
 */
import { buildTextModel, describe, rangeOf, type Selectors } from '../../src/core/anchoring';

/** Sizes of the workload. */
export type WorkloadOptions = {
  /** Text size to reach, in characters. */
  targetChars: number;
  /** Highlights to create. */
  highlights: number;
  /** Highlights whose quoted text is then edited. */
  changed: number;
  /** PRNG seed, so runs are comparable. */
  seed: number;
};

/** A built workload: the changed page, the stored selectors and where each should land. */
export type Workload = {
  /** The article element of the changed page. */
  root: HTMLElement;
  /** Selectors described on the original page. */
  selectors: Selectors[];
  /** Expected NFC offsets on the changed page, per highlight. */
  expected: { start: number; end: number }[];
  /** Indexes of the highlights whose quote was edited. */
  changedIndexes: number[];
  /** NFC text length of the changed page. */
  textLength: number;
};

/** Default sizes: the benchmark. */
export const DEFAULT_WORKLOAD: WorkloadOptions = { targetChars: 1_000_000, highlights: 200, changed: 20, seed: 4 };

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed paragraphs repeated until `target` characters; one copy in three identical, the others varied. */
function makeParagraphs(seedParagraphs: string[], target: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (let copy = 0; size < target; copy++) {
    for (const [j, p] of seedParagraphs.entries()) {
      const text = (copy + j) % 3 === 0 ? p : `Kỳ ${copy}: ${p.replace(/\d/g, (d) => String((Number(d) + copy) % 10))}`;
      out.push(text);
      size += text.length + 1;
    }
  }
  return out;
}

/** Render paragraphs into an article element; every fifth paragraph opens with a bold run (same text). */
function render(doc: Document, paragraphs: string[]): HTMLElement {
  const article = doc.createElement('article');
  paragraphs.forEach((text, i) => {
    const p = doc.createElement('p');
    const cut = i % 5 === 0 ? text.indexOf(' ', 12) : -1;
    if (cut > 0) {
      p.append(Object.assign(doc.createElement('strong'), { textContent: text.slice(0, cut) }), text.slice(cut));
    } else p.textContent = text;
    article.append(p, '\n');
  });
  return article;
}

/** Offsets of each paragraph in the article text (paragraphs are followed by "\n"). */
function paragraphStarts(paragraphs: string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 1;
  }
  return starts;
}

type Spot = { para: number; start: number; end: number };
type Edit = { at: number; remove: number; insert: string };

/** Build the workload in `doc` (the article is appended to its body). Paragraphs must be NFC. */
export function buildWorkload(doc: Document, seedParagraphs: string[], options: WorkloadOptions = DEFAULT_WORKLOAD): Workload {
  const random = prng(options.seed);
  const pick = (n: number): number => Math.floor(random() * n);
  const paragraphs = makeParagraphs(seedParagraphs, options.targetChars);
  // Highlights: 20-160 characters from a word start; one in ten runs on into the next paragraph.
  const spots: Spot[] = [];
  while (spots.length < options.highlights) {
    const para = 2 + pick(paragraphs.length - 3);
    const text = paragraphs[para]!;
    const start = text.indexOf(' ', pick(Math.max(1, text.length - 40))) + 1;
    const crosses = random() < 0.1;
    const end = crosses ? text.length + 1 + 15 : Math.min(text.length, start + 20 + pick(140));
    if (start > 0 && end - start >= 12) spots.push({ para, start, end });
  }
  const original = render(doc, paragraphs);
  doc.body.append(original);
  const model = buildTextModel(original);
  const starts = paragraphStarts(paragraphs);
  const selectors = spots.map((s) => describe(original, rangeOf(model, starts[s.para]! + s.start, starts[s.para]! + s.end))!);
  original.remove();

  // Edit 20 quotes inside (away from every highlight boundary, so the right answer is unambiguous).
  const bounds = selectors.flatMap((s) => [s.position.start, s.position.end]);
  const edits = new Map<number, Edit[]>(); // paragraph -> edits
  const changedIndexes: number[] = [];
  for (let i = 0; changedIndexes.length < options.changed && i < 10_000; i++) {
    const h = pick(spots.length);
    const s = spots[h]!;
    if (changedIndexes.includes(h) || s.end > paragraphs[s.para]!.length) continue;
    const at = s.start + 3 + pick(s.end - s.start - 8);
    const global = starts[s.para]! + at;
    if (bounds.some((b) => Math.abs(b - global) < 5) || (edits.get(s.para) ?? []).some((e) => Math.abs(e.at - at) < 8)) continue;
    const kind = pick(3);
    const count = 1 + pick(3);
    const edit = kind === 0 ? { at, remove: count, insert: 'xyz'.slice(0, count) } : kind === 1 ? { at, remove: 0, insert: 'đ'.repeat(count) } : { at, remove: count, insert: '' };
    edits.set(s.para, [...(edits.get(s.para) ?? []), edit]);
    changedIndexes.push(h);
  }
  // Apply edits (right to left within a paragraph) and map every highlight's offsets through them.
  // Offsets come from the stored selectors (describe trims whitespace), as (paragraph, offset) pairs.
  const locate = (global: number): [number, number] => {
    let para = 0;
    while (para + 1 < starts.length && starts[para + 1]! <= global) para++;
    return [para, global - starts[para]!];
  };
  const shiftIn = (para: number, offset: number): number =>
    offset + (edits.get(para) ?? []).filter((e) => e.at < offset).reduce((d, e) => d + e.insert.length - e.remove, 0);
  const changed = paragraphs.map((text, para) =>
    [...(edits.get(para) ?? [])].sort((a, b) => b.at - a.at).reduce((t, e) => t.slice(0, e.at) + e.insert + t.slice(e.at + e.remove), text),
  );
  const INSERT_AT = 1;
  changed.splice(INSERT_AT, 0, 'Cập nhật: bài viết được bổ sung thông tin mới từ cuộc họp báo chiều cùng ngày của Văn phòng Tỉnh ủy.');
  const newStarts = paragraphStarts(changed);
  const index = (para: number): number => (para >= INSERT_AT ? para + 1 : para);
  const expected = selectors.map(({ position }) => {
    const [startPara, start] = locate(position.start);
    const [endPara, end] = locate(position.end);
    return { start: newStarts[index(startPara)]! + shiftIn(startPara, start), end: newStarts[index(endPara)]! + shiftIn(endPara, end) };
  });
  const root = render(doc, changed);
  doc.body.append(root);
  return { root, selectors, expected, changedIndexes, textLength: newStarts[newStarts.length - 1]! + changed[changed.length - 1]!.length + 1 };
}

/** How many results landed exactly on their expected offsets. */
export function countCorrect(results: ({ start: number; end: number } | null)[], expected: Workload['expected']): number {
  return results.filter((r, i) => r && r.start === expected[i]!.start && r.end === expected[i]!.end).length;
}

/** The baseline: the root's text once, then indexOf of each exact quote (what a naive re-anchorer does). */
export function exactBaseline(root: HTMLElement, selectors: Selectors[]): ({ start: number; end: number } | null)[] {
  const text = (root.textContent ?? '').normalize('NFC');
  return selectors.map((s) => {
    const at = text.indexOf(s.quote.exact);
    return at < 0 ? null : { start: at, end: at + s.quote.exact.length };
  });
}
