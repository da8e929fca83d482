import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../../../src/core/anchoring';
import { page, seedArticle, select } from './helpers';

suite('describe', () => {
  it('gives the exact text, 32 characters of context and NFC offsets', () => {
    const root = seedArticle();
    const sel = describe(root, select(root, 'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.'))!;
    expect(sel.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.',
      prefix: expect.any(String),
      suffix: expect.any(String),
    });
    expect(sel.quote.prefix).toHaveLength(32);
    expect(sel.quote.prefix.endsWith('tạo sinh kế cho người dân. ')).toBe(true);
    expect(sel.quote.suffix).toHaveLength(32);
    expect(sel.quote.suffix.startsWith(' An ninh chính trị')).toBe(true);
    expect(sel.position.end - sel.position.start).toBe(sel.quote.exact.length);
  });

  it('computes the same selectors on the NFD version of the page', () => {
    const nfcRoot = seedArticle();
    const nfdRoot = seedArticle((html) => html.normalize('NFD'));
    const quote = 'Bí thư Tỉnh ủy Trần Quốc Cường đề nghị Thành ủy Điện Biên Phủ';
    expect(describe(nfdRoot, select(nfdRoot, quote))).toEqual(describe(nfcRoot, select(nfcRoot, quote)));
  });

  it('trims whitespace at the ends of a selection', () => {
    const root = page('<p>một hai ba</p>');
    const range = select(root, ' hai ');
    expect(describe(root, range)!.quote.exact).toBe('hai');
    expect(describe(root, range)!.position).toEqual({ type: 'TextPositionSelector', start: 4, end: 7 });
  });

  it('returns null for an empty or whitespace-only selection and for a range outside the root', () => {
    const root = page('<p id="a">một hai</p><p id="b">ba</p>');
    expect(describe(root, select(root, ' '))).toBeNull();
    const collapsed = root.ownerDocument.createRange();
    collapsed.setStart(root.firstChild!.firstChild!, 2);
    expect(describe(root, collapsed)).toBeNull();
    const a = root.querySelector('#a')!;
    expect(describe(a, select(root, 'ba'))).toBeNull();
  });

  it('keeps context short at the edges of the text', () => {
    const root = page('<p>Điện Biên Phủ</p>');
    expect(describe(root, select(root, 'Điện'))!.quote).toMatchObject({ prefix: '', suffix: ' Biên Phủ' });
  });

  it('ignores script text inside the selection', () => {
    const root = page('<p>trước <script>var x = 1;</script>sau</p>');
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(root.firstChild!);
    expect(describe(root, range)!.quote.exact).toBe('trước sau');
  });
});
