import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorIn, buildTextModel, describe, type Selectors } from '../../../../src/core/anchoring';
import { page, replaceOnce, seedArticle, select, textOf } from './helpers';

const SENTENCE = 'Thu nhập bình quân đầu người ước đạt 60 triệu đồng/năm.';

/** Selectors for a quote on the unchanged seed article. */
function seedSelectors(quote: string, nth = 0): Selectors {
  const root = seedArticle();
  return describe(root, select(root, quote, nth))!;
}

suite('anchor on the unchanged page', () => {
  it('finds every sentence of the seed article by position', () => {
    const root = seedArticle();
    const model = buildTextModel(root);
    const sentences = model.text.match(/[^.…;]{20,}[.…;]/g)!;
    expect(sentences.length).toBeGreaterThan(20);
    for (const sentence of sentences) {
      const selectors = describe(root, select(root, sentence.trim()))!;
      const match = anchorIn(model, selectors);
      expect(match).toMatchObject({ start: selectors.position.start, end: selectors.position.end, method: 'position' });
    }
  });
});

suite('repeated quotes', () => {
  const body = (lead: string) =>
    `<p>${lead}</p><p>Tại Điện Biên, Bí thư Tỉnh ủy chủ trì hội nghị về giải ngân.</p>` +
    '<p>Tại Lai Châu, Bí thư Tỉnh ủy chủ trì hội nghị về tái định cư.</p>' +
    '<p>Tại Sơn La, Bí thư Tỉnh ủy chủ trì hội nghị về giải ngân.</p>';

  it('uses prefix and suffix to choose among repeats', () => {
    const root = page(body('Mở đầu.'));
    const selectors = describe(root, select(root, 'Bí thư Tỉnh ủy chủ trì', 1))!; // Lai Châu
    const shifted = page(body('Một đoạn mở đầu dài hơn nhiều, được thêm vào sau khi bài đã đăng.'));
    const range = anchor(shifted, selectors)!;
    expect(textOf(range)).toBe('Bí thư Tỉnh ủy chủ trì');
    expect(range.startContainer.textContent).toContain('Lai Châu');
  });

  it('does not take the repeat that now sits at the stored position', () => {
    const root = page('<p>Bí thư Tỉnh ủy Trần Quốc Cường phát biểu.</p><p>Nhiều ý kiến.</p>');
    const selectors = describe(root, select(root, 'Bí thư Tỉnh ủy'))!;
    // The same words now appear first, in another sentence; the original moved down.
    const edited = page('<p>Bí thư Tỉnh ủy Lò Văn Mừng dự họp.</p><p>Bí thư Tỉnh ủy Trần Quốc Cường phát biểu.</p>');
    const range = anchor(edited, selectors)!;
    expect(range.startContainer.textContent).toContain('Trần Quốc Cường');
  });
});

suite('edits', () => {
  it('finds the same words after a paragraph was inserted before them', () => {
    const selectors = seedSelectors(SENTENCE);
    const root = seedArticle((html) =>
      replaceOnce(html, '<p style="text-align: justify;">Trước những', '<p>Đoạn mới được chèn vào đầu bài viết để thay đổi vị trí.</p><p style="text-align: justify;">Trước những'),
    );
    const match = anchorIn(buildTextModel(root), selectors)!;
    expect(match.method).toBe('quote');
    expect(match.start).toBeGreaterThan(selectors.position.start);
    expect(textOf(anchor(root, selectors))).toBe(SENTENCE);
  });

  it('finds a quote whose word was corrected (fuzzy)', () => {
    const selectors = seedSelectors(SENTENCE);
    const root = seedArticle((html) => replaceOnce(html, 'ước đạt 60 triệu', 'ước đạt 62,5 triệu'));
    const match = anchorIn(buildTextModel(root), selectors)!;
    expect(match.method).toBe('fuzzy');
    expect(textOf(anchor(root, selectors))).toBe('Thu nhập bình quân đầu người ước đạt 62,5 triệu đồng/năm.');
  });

  it('finds a corrected quote after an insertion above it too', () => {
    const selectors = seedSelectors(SENTENCE);
    const root = seedArticle((html) =>
      replaceOnce(
        replaceOnce(html, 'ước đạt 60 triệu', 'ước tính đạt 60 triệu'),
        '<p style="text-align: justify;">Trước những',
        `<p>${'Thêm một đoạn. '.repeat(80)}</p><p style="text-align: justify;">Trước những`,
      ),
    );
    expect(textOf(anchor(root, selectors))).toBe('Thu nhập bình quân đầu người ước tính đạt 60 triệu đồng/năm.');
  });

  it('keeps a quote whose surrounding sentences were rewritten when it is long and intact', () => {
    const quote = 'tập trung các nguồn lực để chỉnh trang đô thị';
    const selectors = seedSelectors(quote);
    const root = seedArticle((html) =>
      replaceOnce(html, 'Bí thư Tỉnh ủy Trần Quốc Cường đề nghị Thành ủy Điện Biên Phủ lãnh đạo, chỉ đạo tập trung các nguồn lực để chỉnh trang đô thị, chuẩn bị phục vụ', 'Theo đồng chí, cần tập trung các nguồn lực để chỉnh trang đô thị trước dịp'),
    );
    expect(textOf(anchor(root, selectors))).toBe(quote);
  });

  it('returns null when the quoted text is gone', () => {
    const selectors = seedSelectors(SENTENCE);
    const root = seedArticle((html) => replaceOnce(html, SENTENCE + ' ', ''));
    expect(anchor(root, selectors)).toBeNull();
  });

  it('returns null for a short quote whose place is gone, even though the words recur elsewhere', () => {
    const root = page('<p>Sáng 8/2, Bí thư Tỉnh ủy chủ trì.</p><p>Chiều cùng ngày, đoàn đi thực địa.</p>');
    const selectors = describe(root, select(root, 'Tỉnh ủy'))!;
    const edited = page('<p>Chiều cùng ngày, đoàn đi thực địa tại trụ sở Tỉnh ủy mới.</p>');
    expect(anchor(edited, selectors)).toBeNull();
  });

  it('returns null when the sentence naming an official is deleted, though the name recurs', () => {
    const quote = 'Bí thư Tỉnh ủy Trần Quốc Cường';
    const sentence = 'Bí thư Tỉnh ủy Trần Quốc Cường đề nghị Thành ủy Điện Biên Phủ lãnh đạo, chỉ đạo tập trung các nguồn lực để chỉnh trang đô thị, chuẩn bị phục vụ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ. ';
    const root0 = seedArticle();
    const selectors = describe(root0, select(root0, quote, buildTextModel(root0).text.split(quote).length - 3))!; // the one in that sentence
    expect(selectors.quote.suffix.startsWith(' đề nghị Thành ủy')).toBe(true);
    const root = seedArticle((html) => replaceOnce(html, sentence, ''));
    expect(buildTextModel(root).text).toContain(quote);
    expect(anchor(root, selectors)).toBeNull();
  });

  it('prefers the edited original near its place to an untouched repeat of the words elsewhere', () => {
    const para = (n: string) => `<p>Đoạn ${n}: Ban quản lý dự án báo cáo tiến độ giải ngân vốn đầu tư công của tỉnh.</p>`;
    const root0 = page(para('một') + para('hai') + para('ba'));
    const selectors = describe(root0, select(root0, 'báo cáo tiến độ giải ngân', 1))!; // in "Đoạn hai"
    const edited = page(para('một') + para('hai').replace('tiến độ', 'tiến đô') + para('ba'));
    expect(anchor(edited, selectors)!.startContainer.textContent).toContain('Đoạn hai');
  });

  it('returns null on an unrelated page', () => {
    const selectors = seedSelectors(SENTENCE);
    expect(anchor(page('<p>Hôm nay trời nắng đẹp, bà con xuống đồng gieo cấy lúa xuân.</p>'), selectors)).toBeNull();
  });
});

suite('elements', () => {
  it('anchors a quote that crosses inline elements', () => {
    const root = page('<p>a <b>b</b> c</p>');
    const selectors = describe(root, select(root, 'a b c'))!;
    expect(selectors.quote.exact).toBe('a b c');
    const range = anchor(page('<p>x</p><p>a <b>b</b> c</p>'), selectors)!;
    expect(textOf(range)).toBe('a b c');
  });

  it('anchors a quote that crosses paragraphs, whatever the whitespace between them', () => {
    const root = page('<p>Kết thúc đoạn một.</p>\n<p>Mở đầu đoạn hai.</p>');
    const selectors = describe(root, select(root, 'đoạn một.\nMở đầu'))!;
    const restyled = page('<div>\n    <p>Kết thúc đoạn một.</p>\n\n    <p>Mở đầu đoạn hai.</p>\n</div>');
    expect(textOf(anchor(restyled, selectors))).toBe('đoạn một.\n\n    Mở đầu');
  });
});
