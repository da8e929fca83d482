import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../../../src/core/anchoring';
import { createPainter } from '../../../../src/content/annotate/painter';
import { describeSelection } from '../../../../src/content/annotate/selection';
import type { PaintItem } from '../../../../src/messages/calls/highlights';
import { page, seedArticle, select } from '../../core/anchoring/helpers';

const SENTENCE = 'Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.';
const OTHER = 'Thu nhập bình quân đầu người ước đạt 60 triệu đồng/năm.';

const marksOf = (root: Element) => [...root.querySelectorAll('dossier-mark')].map((m) => [m.getAttribute('data-dossier-id'), m.textContent]);

suite('painter', () => {
  it('draws every highlight it can place and reports the others as orphans, in one pass', () => {
    const root = seedArticle();
    const items: PaintItem[] = [
      { id: 'a', color: 'green', selectors: describe(root, select(root, SENTENCE))! },
      { id: 'b', color: 'purple', selectors: describe(root, select(root, OTHER))! },
    ];
    const gone = seedArticle((html) => html.replace(OTHER, ''));
    const painter = createPainter(() => gone);
    expect(painter.paint(items, true)).toEqual(['b']);
    expect(marksOf(gone)).toEqual([['a', SENTENCE]]);
    expect(painter.markOf('a')?.textContent).toBe(SENTENCE);
    expect(painter.markOf('b')).toBeNull();
  });

  it('paints purple (not in the highlighter palette) as a translucent colour, and recolours one highlight', () => {
    const root = page('<p>Bí thư Tỉnh ủy Trần Quốc Cường phát biểu.</p>');
    const painter = createPainter(() => root);
    painter.paint([{ id: 'x', color: 'purple', selectors: describe(root, select(root, 'Trần Quốc Cường'))! }], true);
    const mark = root.querySelector<HTMLElement>('dossier-mark')!;
    expect(mark.style.getPropertyValue('background-color')).toMatch(/^rgba\(160, 110, 255/);
    expect(painter.recolor('x', 'yellow')).toBe(true);
    expect(mark.style.getPropertyValue('background-color')).toMatch(/^rgba\(255, 212, 0/);
    expect(painter.recolor('nope', 'yellow')).toBe(false);
  });

  it('removes one highlight or all of them, leaving the page exactly as it was', () => {
    const root = page('<p>Một <b>hai</b> ba bốn năm sáu.</p>');
    const before = root.innerHTML;
    const painter = createPainter(() => root);
    const items: PaintItem[] = [
      { id: 'a', color: 'yellow', selectors: describe(root, select(root, 'Một hai ba'))! },
      { id: 'b', color: 'blue', selectors: describe(root, select(root, 'ba bốn'))! },
    ];
    painter.paint(items, true);
    expect(marksOf(root).map(([id]) => id)).toContain('b');
    expect(painter.remove('a')).toBe(true);
    expect(painter.remove('a')).toBe(false);
    expect(marksOf(root).every(([id]) => id === 'b')).toBe(true);
    expect(painter.clear()).toBeGreaterThan(0);
    expect(root.innerHTML).toBe(before);
  });

  it('redraws a highlight given again without replacing the rest, and counts its paints', () => {
    const root = page('<p>Dự án cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang.</p>');
    const painter = createPainter(() => root);
    const a: PaintItem = { id: 'a', color: 'yellow', selectors: describe(root, select(root, 'cao tốc'))! };
    const b: PaintItem = { id: 'b', color: 'blue', selectors: describe(root, select(root, 'Tây Trang'))! };
    const v0 = painter.version;
    painter.paint([a], true);
    painter.paint([b], false);
    painter.paint([{ ...b, color: 'pink' }], false);
    expect(marksOf(root)).toEqual([
      ['a', 'cao tốc'],
      ['b', 'Tây Trang'],
    ]);
    expect(painter.version).toBe(v0 + 3);
  });
});

suite('describeSelection', () => {
  it('describes the selection on the body text, and null for nothing or whitespace', () => {
    const body = page('<nav>Trang chủ</nav><p>Một <b>hai</b> ba.</p><p>   </p>');
    const doc = body.ownerDocument;
    expect(describeSelection(doc)).toBeNull();
    const selection = doc.getSelection()!;
    selection.addRange(select(body, 'hai ba'));
    expect(describeSelection(doc)?.quote).toMatchObject({ exact: 'hai ba', prefix: 'Trang chủMột ' });
    selection.removeAllRanges();
    const blank = doc.createRange();
    blank.selectNodeContents(body.lastChild!);
    selection.addRange(blank);
    expect(describeSelection(doc)).toBeNull();
  });
});
