import { describe as suite, expect, it } from 'vitest';
import { anchorAll, anchorIn, buildTextModel, describe, type Selectors } from '../../../../src/core/anchoring';
import { squash } from '../../../../src/core/text/fold';
import { documentOf, page, replaceOnce, seedArticle, seedHtml, select } from './helpers';

const QUOTES = [
  'Thu nhập bình quân đầu người ước đạt 60 triệu đồng/năm.',
  'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.',
  'Điện Biên Phủ',
  'chuẩn bị phục vụ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
  'hoàn thành nhiệm vụ phát triển đảng viên',
];

function seedSelectors(): Selectors[] {
  const root = seedArticle();
  return QUOTES.map((q, i) => describe(root, select(root, q, i === 2 ? 4 : 0))!);
}

suite('anchorAll', () => {
  it('returns results in input order, with offsets, methods and lazy ranges', () => {
    const list = seedSelectors().reverse();
    const results = anchorAll(seedArticle(), list);
    results.forEach((r, i) => {
      expect(r).toMatchObject({ start: list[i]!.position.start, end: list[i]!.position.end, method: 'position' });
      expect(r!.toRange().toString()).toBe(list[i]!.quote.exact);
    });
  });

  it('carries the shift of earlier matches to later ones, so even a repeated short quote lands right', () => {
    const list = seedSelectors();
    const inserted = `<p>${'Một đoạn mới được chèn vào. '.repeat(30)}</p>`;
    const root = seedArticle((html) =>
      replaceOnce(replaceOnce(html, 'ước đạt 60 triệu', 'ước đạt 65 triệu'), '<p style="text-align: justify;">Trước những', `${inserted}<p style="text-align: justify;">Trước những`),
    );
    const shift = buildTextModel(root).text.length - buildTextModel(seedArticle()).text.length;
    const results = anchorAll(root, list);
    expect(results.map((r) => r?.method)).toEqual(['fuzzy', 'position', 'position', 'position', 'position']);
    expect(results[0]!.toRange().toString()).toBe('Thu nhập bình quân đầu người ước đạt 65 triệu đồng/năm.');
    for (const [i, r] of results.entries()) expect(r!.start, QUOTES[i]).toBe(list[i]!.position.start + shift);
  });

  it('gives null for the highlights whose text is gone and anchors the rest', () => {
    const list = seedSelectors();
    const root = seedArticle((html) => replaceOnce(html, QUOTES[1]!, ''));
    const results = anchorAll(root, list);
    expect(results[1]).toBeNull();
    expect(results.filter(Boolean)).toHaveLength(4);
  });
});

suite('anchoring on the stored copy', () => {
  it('anchors highlights made on the live page (whole body as root) in the stored article', () => {
    const live = documentOf(seedHtml).body;
    const list = QUOTES.map((q, i) => describe(live, select(live, q, i === 2 ? 6 : 0))!);
    // The stored copy: the article alone, re-serialized without the page's attributes and indentation.
    const stored = page(
      [...seedArticle().querySelectorAll('p')].map((p) => `<p>${p.textContent}</p>`).join(''),
    );
    const results = anchorAll(stored, list);
    results.forEach((r, i) => expect(r?.toRange().toString(), QUOTES[i]).toBe(list[i]!.quote.exact));
    // The repeated "Điện Biên Phủ" lands on the same occurrence: the same words follow it.
    const text = buildTextModel(stored).text;
    expect(squash(text.slice(results[2]!.end, results[2]!.end + 40))).toContain(squash(list[2]!.quote.suffix).slice(0, 20));
  });

  it('takes a hint that overrides the stored position, and says when the position decided', () => {
    const sentence = 'Tỉnh ủy họp bàn về giải ngân vốn đầu tư công năm nay.';
    const root = page(`<p>${sentence}</p>`.repeat(4));
    const model = buildTextModel(root);
    const selectors = describe(root, select(root, 'giải ngân', 1))!; // the 2nd and 3rd copies have the same context
    expect(anchorIn(model, selectors)).toMatchObject({ start: selectors.position.start, method: 'position' });
    const third = selectors.position.start + sentence.length;
    expect(anchorIn(model, selectors, { hint: third + 5 })).toMatchObject({ start: third, method: 'quote', ambiguous: true });
  });
});
