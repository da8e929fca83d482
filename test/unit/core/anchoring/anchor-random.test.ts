import { describe as suite, expect, it } from 'vitest';
import { anchorIn, buildTextModel, describe, rangeOf } from '../../../../src/core/anchoring';
import { page, seedArticle } from './helpers';

/** A small deterministic PRNG (LCG), so failures reproduce. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

const paragraphs = [...seedArticle().querySelectorAll('p')].map((p) => p.textContent!);
const doc = page('').ownerDocument;
/** The paragraphs as `<p>` elements separated by newlines, in one reused document (jsdom parsing is slow). */
function render(ps: string[]): HTMLElement {
  const root = doc.createElement('div');
  for (const text of ps) root.append(Object.assign(doc.createElement('p'), { textContent: text }), '\n');
  doc.body.replaceChildren(root);
  return root;
}

/** A random quote of 6-100 characters in a random paragraph, described on the original page. */
function randomQuote(rnd: () => number) {
  const para = Math.floor(rnd() * paragraphs.length);
  const text = paragraphs[para]!;
  const length = 6 + Math.floor(rnd() * 95);
  const at = Math.floor(rnd() * Math.max(1, text.length - length));
  const root = render(paragraphs);
  const model = buildTextModel(root);
  const paraStart = model.text.indexOf(text);
  const selectors = describe(root, rangeOf(model, paraStart + at, paraStart + at + length))!;
  return { para, selectors, start: selectors.position.start - paraStart, end: selectors.position.end - paraStart };
}

suite('anchoring under random edits (seeded)', () => {
  it('lands on the right words after edits elsewhere, an insertion above and a changed letter inside', () => {
    const rnd = random(11);
    for (let trial = 0; trial < 120; trial++) {
      const { para, selectors, start, end } = randomQuote(rnd);
      const ps = [...paragraphs];
      if (end - start >= 16) {
        const at = start + 3 + Math.floor(rnd() * (end - start - 6));
        ps[para] = ps[para]!.slice(0, at) + 'x' + ps[para]!.slice(at + 1);
      }
      const target = ps[para]!;
      for (let k = 0; k < 3; k++) {
        const j = Math.floor(rnd() * ps.length);
        if (j !== para) ps[j] = `${ps[j]!.slice(0, 10)}ĐÃ SỬA ${ps[j]!.slice(10)}`;
      }
      ps.splice(Math.floor(rnd() * para), 0, `Đoạn chèn thêm ${'tin mới '.repeat(Math.floor(rnd() * 50))}`);
      const model = buildTextModel(render(ps));
      const expected = model.text.indexOf(target) + start;
      expect(anchorIn(model, selectors), `trial ${trial}: ${selectors.quote.exact}`).toMatchObject({ start: expected, end: expected + end - start });
    }
  });

  it('finds nothing once the quoted passage is deleted, unless the very words recur elsewhere', () => {
    const rnd = random(5);
    for (let trial = 0; trial < 120; trial++) {
      const { para, selectors, start, end } = randomQuote(rnd);
      const ps = [...paragraphs];
      const text = ps[para]!;
      ps[para] = text.slice(0, Math.max(0, start - Math.floor(rnd() * 20))) + text.slice(Math.min(text.length, end + Math.floor(rnd() * 20)));
      const model = buildTextModel(render(ps));
      const match = anchorIn(model, selectors);
      if (match) expect(model.text.slice(match.start, match.end), `trial ${trial}`).toBe(selectors.quote.exact);
    }
  });
});
