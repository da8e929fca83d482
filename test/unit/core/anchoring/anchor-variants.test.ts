import { describe as suite, expect, it } from 'vitest';
import { anchor, anchorIn, buildTextModel, describe } from '../../../../src/core/anchoring';
import { page, seedArticle, select, textOf } from './helpers';

const QUOTE = 'Đồng chí đề nghị Thành ủy Điện Biên Phủ tập trung vào công tác chỉnh đốn Đảng';

/** Rewrite every text node of a page (tags and attributes untouched). */
function rewriteText(html: string, edit: (text: string) => string): string {
  return html.replace(/>([^<]+)</g, (_m, text: string) => `>${edit(text)}<`);
}

suite('Unicode normalization', () => {
  it('anchors a quote made on the NFC page on the NFD page, at the same NFC offsets', () => {
    const nfc = seedArticle();
    const selectors = describe(nfc, select(nfc, QUOTE))!;
    const nfd = seedArticle((html) => html.normalize('NFD'));
    const range = anchor(nfd, selectors)!;
    expect(range.toString()).toBe(QUOTE.normalize('NFD'));
    expect(anchorIn(buildTextModel(nfd), selectors)).toMatchObject({ start: selectors.position.start, method: 'position' });
  });

  it('anchors a quote made on the NFD page on the NFC page', () => {
    const nfd = seedArticle((html) => html.normalize('NFD'));
    const selectors = describe(nfd, select(nfd, QUOTE))!;
    expect(selectors.quote.exact).toBe(QUOTE); // stored NFC whatever the page
    expect(textOf(anchor(seedArticle(), selectors))).toBe(QUOTE);
  });

  it('anchors across old and new tone placement (hòa/hoà, Ủy/Uỷ)', () => {
    const root = page('<p>Ủy ban nhân dân tỉnh Hòa Bình họp bàn về thủy lợi.</p>');
    const selectors = describe(root, select(root, 'Ủy ban nhân dân tỉnh Hòa Bình họp bàn về thủy lợi'))!;
    const newStyle = page('<p>Uỷ ban nhân dân tỉnh Hoà Bình họp bàn về thuỷ lợi.</p>');
    expect(textOf(anchor(newStyle, selectors))).toBe('Uỷ ban nhân dân tỉnh Hoà Bình họp bàn về thuỷ lợi');
  });

  it('reads tone placement across the quote edge as on the page (a quote ending in the Ủ of Ủy)', () => {
    const root = page('<p>Phó Chủ tịch Ủy ban nhân dân tỉnh Điện Biên dự họp.</p>');
    const selectors = describe(root, select(root, 'Phó Chủ tịch Ủ'))!;
    const edited = page('<p>Phó Chủ tịck Uỷ ban nhân dân tỉnh Điện Biên dự họp.</p>');
    expect(textOf(anchor(edited, selectors))).toBe('Phó Chủ tịck U');
  });

  it('keeps diacritics significant: hòa is not hỏa', () => {
    const root = page('<p>Khu hòa bình.</p>');
    const selectors = describe(root, select(root, 'hòa'))!;
    expect(anchor(page('<p>Khu hỏa táng.</p>'), selectors)).toBeNull();
  });
});

suite('whitespace', () => {
  it('anchors when spaces became NBSP and zero-width characters crept in', () => {
    const nfc = seedArticle();
    const selectors = describe(nfc, select(nfc, QUOTE))!;
    const changed = seedArticle((html) => rewriteText(html, (t) => t.replace(/ /g, '\u00A0').replace(/Biên/g, 'Bi\u200Bên')));
    expect(textOf(anchor(changed, selectors))).toBe(QUOTE.replace(/ /g, '\u00A0').replace('Biên', 'Bi\u200Bên'));
  });

  it('anchors when whitespace was collapsed or re-indented', () => {
    const root = page('<p>Bí thư   Tỉnh ủy\n      Trần Quốc Cường\n      làm việc với Thành ủy.</p>');
    const selectors = describe(root, select(root, 'Tỉnh ủy\n      Trần Quốc Cường'))!;
    const collapsed = page('<p>Bí thư Tỉnh ủy Trần Quốc Cường làm việc với Thành ủy.</p>');
    expect(textOf(anchor(collapsed, selectors))).toBe('Tỉnh ủy Trần Quốc Cường');
  });

  it('anchors with typographic quotes changed and a word capitalised', () => {
    const root = page('<p>Dự án “Kè sông Nậm Rốm” được khởi công năm nay.</p>');
    const selectors = describe(root, select(root, 'Dự án “Kè sông Nậm Rốm” được khởi công'))!;
    const edited = page('<p>Dự Án "Kè sông Nậm Rốm" được khởi công năm nay.</p>');
    expect(textOf(anchor(edited, selectors))).toBe('Dự Án "Kè sông Nậm Rốm" được khởi công');
  });
});
