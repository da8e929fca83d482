import { describe as suite, expect, it } from 'vitest';
import { anchorAll, anchorIn, buildTextModel, describe, describeIn } from '../../../../src/core/anchoring';
import { highlightRange, recolorHighlight, removeAllHighlights, removeHighlight, MARK_TAG } from '../../../../src/content/highlighter';
import { page, seedArticle, select, selectSpan } from '../../core/anchoring/helpers';

const SENTENCE = 'Thu nhập bình quân đầu người ước đạt 60 triệu đồng/năm.';

function marksOf(root: Element): Element[] {
  return [...root.querySelectorAll(MARK_TAG)];
}

suite('highlightRange', () => {
  it('wraps the range text in marks that carry the id and an !important inline style', () => {
    const root = page('<p>a <b>b</b> c</p>');
    const handle = highlightRange(select(root, 'a b c'), { id: 'h1', color: 'yellow' });
    expect(handle.marks).toHaveLength(3);
    expect(handle.marks.map((m) => m.textContent)).toEqual(['a ', 'b', ' c']);
    for (const mark of handle.marks) {
      expect(mark.getAttribute('data-dossier-id')).toBe('h1');
      expect(mark.style.getPropertyPriority('background-color')).toBe('important');
      expect(mark.style.getPropertyValue('display')).toBe('inline');
      expect(mark.getAttribute('class')).toBeNull();
    }
    expect(root.querySelector('p')!.textContent).toBe('a b c');
  });

  it('splits text nodes at the boundaries and wraps only the selected part', () => {
    const root = page('<p>Bí thư Tỉnh ủy Trần Quốc Cường</p>');
    highlightRange(select(root, 'Tỉnh ủy'), { id: 'h', color: 'green' });
    expect(root.querySelector('p')!.innerHTML).toMatch(/^Bí thư <dossier-mark [^>]+>Tỉnh ủy<\/dossier-mark> Trần Quốc Cường$/);
  });

  it('leaves whitespace between table cells and list items unwrapped, and script text alone', () => {
    const root = page('<table><tbody>\n<tr>\n<td>một</td>\n<td>hai</td>\n</tr>\n</tbody></table><ul>\n<li>ba</li>\n<li>bốn<script>var x;</script></li>\n</ul>');
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(root);
    const handle = highlightRange(range, { id: 'h', color: 'blue' });
    expect(handle.marks.map((m) => m.textContent)).toEqual(['một', 'hai', 'ba', 'bốn']);
    for (const mark of handle.marks) expect(['TD', 'LI']).toContain(mark.parentElement!.tagName);
  });

  it('honours ranges whose boundaries are element offsets', () => {
    const root = page('<p>a<b>b</b>c</p>');
    const p = root.querySelector('p')!;
    const range = root.ownerDocument.createRange();
    range.setStart(p, 1);
    range.setEnd(p, 2);
    expect(highlightRange(range, { id: 'h', color: 'yellow' }).marks.map((m) => m.textContent)).toEqual(['b']);
    expect(p.textContent).toBe('abc');
  });

  it('highlights an anchored quote on an NFD page and restores it exactly', () => {
    const nfc = seedArticle();
    const selectors = describe(nfc, select(nfc, SENTENCE))!;
    const root = seedArticle((html) => html.normalize('NFD'));
    const before = root.innerHTML;
    const handle = highlightRange(anchorAll(root, [selectors])[0]!.toRange(), { id: 'h', color: 'yellow' });
    expect(handle.marks.map((m) => m.textContent).join('').normalize('NFC')).toBe(SENTENCE);
    removeHighlight(handle);
    expect(root.innerHTML).toBe(before);
  });

  it('recolours a highlight', () => {
    const root = page('<p>một hai</p>');
    const handle = highlightRange(select(root, 'hai'), { id: 'h', color: 'yellow' });
    recolorHighlight(handle, '#ff0000');
    expect(handle.marks[0]!.style.getPropertyValue('background-color')).toBe('rgb(255, 0, 0)');
  });
});

suite('removing highlights', () => {
  it('restores the exact DOM of the seed article', () => {
    const root = seedArticle();
    const before = root.innerHTML;
    const handle = highlightRange(select(root, 'Đảng bộ TP. Điện Biên Phủ đã tập trung lãnh đạo'), { id: 'h', color: 'yellow' });
    const across = highlightRange(selectSpan(root, 'khối đoàn kết các dân tộc', 'Bí thư Tỉnh ủy Trần Quốc Cường'), { id: 'x', color: 'pink' });
    expect(across.marks.length).toBeGreaterThan(2);
    for (const mark of across.marks) expect(mark.parentElement!.tagName).not.toBe('DIV'); // no stray marks between paragraphs
    expect(root.innerHTML).not.toBe(before);
    removeHighlight(handle);
    removeHighlight(across);
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.childNodes).toHaveLength(1); // text nodes joined again
  });

  it('restores the DOM whatever the order overlapping highlights are removed in', () => {
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
      [1, 0, 2],
    ]) {
      const root = page('<p>Ủy ban nhân dân <i>tỉnh Điện Biên</i> họp bàn về giải ngân vốn đầu tư công.</p>');
      const before = root.innerHTML;
      const handles = [
        highlightRange(select(root, 'nhân dân tỉnh'), { id: 'a', color: 'yellow' }),
        highlightRange(select(root, 'dân tỉnh Điện Biên họp'), { id: 'b', color: 'green' }),
        highlightRange(select(root, 'Biên họp bàn'), { id: 'c', color: 'blue' }),
      ];
      for (const i of order) removeHighlight(handles[i]!);
      expect(root.innerHTML).toBe(before);
      expect(root.querySelector('p')!.firstChild!.nodeValue).toBe('Ủy ban nhân dân ');
    }
  });

  it('never joins text nodes the page kept apart', () => {
    const root = page('<p></p>');
    const p = root.querySelector('p')!;
    p.append('Xin chào ', 'Điện Biên', '!'); // three adjacent text nodes, as a framework would render them
    const handle = highlightRange(select(root, 'chào Điện'), { id: 'h', color: 'yellow' });
    removeHighlight(handle);
    expect([...p.childNodes].map((n) => n.nodeValue)).toEqual(['Xin chào ', 'Điện Biên', '!']);
  });

  it('removes every highlight under a root', () => {
    const root = seedArticle();
    const before = root.innerHTML;
    highlightRange(select(root, 'Điện Biên Phủ', 0), { id: '1', color: 'yellow' });
    highlightRange(select(root, 'Điện Biên Phủ', 3), { id: '2', color: 'yellow' });
    highlightRange(select(root, SENTENCE), { id: '3', color: 'yellow' });
    expect(removeAllHighlights(root)).toBe(3);
    expect(marksOf(root)).toHaveLength(0);
    expect(root.innerHTML).toBe(before);
  });
});

suite('highlights and the text model', () => {
  it('describe and anchor give the same offsets with highlights present', () => {
    const root = seedArticle();
    const selectors = describe(root, select(root, SENTENCE))!;
    const other = describe(root, select(root, 'Tỷ lệ hộ nghèo giảm'))!;
    const before = buildTextModel(root);
    const handle = highlightRange(select(root, 'bình quân đầu người'), { id: 'h', color: 'yellow' });
    highlightRange(select(root, 'ước đạt 60 triệu đồng/năm. Cơ cấu'), { id: 'k', color: 'green' });
    // A model built before highlighting still maps points inside the split text nodes.
    expect(describeIn(before, select(root, SENTENCE))).toEqual(selectors);
    expect(describeIn(before, select(root, 'quân đầu'))!.position.start).toBe(selectors.position.start + 'Thu nhập bình '.length);
    expect(buildTextModel(root).text).toBe(buildTextModel(seedArticle()).text);
    expect(describe(root, select(root, SENTENCE))).toEqual(selectors);
    expect(anchorIn(buildTextModel(root), selectors)).toMatchObject({ start: selectors.position.start, end: selectors.position.end });
    expect(anchorIn(buildTextModel(root), other)).toMatchObject({ start: other.position.start, method: 'position' });
    removeHighlight(handle);
    expect(describe(root, select(root, SENTENCE))).toEqual(selectors);
  });

  it('highlights everything anchorAll found, one after another, including overlaps', () => {
    const root = seedArticle();
    const before = root.innerHTML;
    const model = buildTextModel(root);
    const quotes = model.text.match(/[^,.;…]{12,}[,.;…]/g)!.slice(0, 40);
    const selectors = quotes.map((q) => describe(root, select(root, q.trim()))!);
    // Overlapping ones: the first half of each of the first ten quotes.
    for (const q of quotes.slice(0, 10)) selectors.push(describe(root, select(root, q.trim().slice(0, 10)))!);
    const anchored = anchorAll(root, selectors);
    const handles = anchored.map((a, i) => {
      expect(a, `#${i}`).not.toBeNull();
      const range = a!.toRange();
      expect(range.toString()).toBe(selectors[i]!.quote.exact);
      return highlightRange(range, { id: String(i), color: 'yellow' });
    });
    for (const [i, h] of handles.entries()) expect(h.marks.map((m) => m.textContent).join(''), `#${i}`).toBe(selectors[i]!.quote.exact);
    expect(buildTextModel(root).text).toBe(model.text);
    removeAllHighlights(root);
    expect(root.innerHTML).toBe(before);
  });
});
