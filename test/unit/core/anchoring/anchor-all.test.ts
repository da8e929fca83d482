import { describe as suite, expect, it } from 'vitest';
import { anchorAll, buildTextModel, describe, type Selectors } from '../../../../src/core/anchoring';
import { replaceOnce, seedArticle, select } from './helpers';

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
