/**
 * Cleanup after Readability, on small bodies: furniture leaves in Vietnamese and English, the
 * credit line becomes metadata, article sentences that merely mention such words stay, and
 * blocks never glue their words together.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeBoilerplate } from '../../../../src/core/extract/cleanup';
import { takeCreditLine } from '../../../../src/core/extract/credit-line';
import { serializeArticle } from '../../../../src/core/extract/serialize';

const PROSE = 'Đoàn công tác đã kiểm tra tiến độ thi công tại công trường, nghe báo cáo của chủ đầu tư và yêu cầu các nhà thầu tăng ca, bảo đảm an toàn lao động trong mùa mưa.';
const PROSE_EN = 'The council voted on Monday night to approve protected bike lanes along a two-mile stretch of Main Street, ending a debate that has run for three years.';

function clean(bodyHtml: string, title = ''): { text: string; authors: string[] } {
  const { window } = new JSDOM('');
  // Detached, like the element Readability returns.
  const body = new window.DOMParser().parseFromString(`<div>${bodyHtml}</div>`, 'text/html').body.firstElementChild!;
  body.remove();
  const authors = takeCreditLine(body);
  removeBoilerplate(body, title);
  return { text: serializeArticle(body, 'https://example.test/').text, authors };
}

describe('cleanup of Vietnamese pages', () => {
  it('drops counters, print and share tools, related boxes, inline "Xem thêm", tags, comments and back-to-top', () => {
    const { text } = clean(`
      <div class="meta"><span>Lượt xem: 4.769</span> <a href="#">In bài viết</a> <a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a></div>
      <p>${PROSE}</p>
      <div class="box"><b>Tin liên quan</b><ul><li><a href="/1">Khởi công cầu Tà Lèng</a></li><li><a href="/2">Nghiệm thu đường vành đai</a></li></ul></div>
      <p>${PROSE}</p>
      <p><em>Xem thêm: <a href="/3">Điện Biên đẩy nhanh giải ngân vốn đầu tư công</a></em></p>
      <p>${PROSE}</p>
      <h3>Đọc thêm</h3><ul><li><a href="/4">Mường Nhé trồng rừng</a></li><li><a href="/5">Tủa Chùa phát triển chè</a></li></ul>
      <div>Từ khóa: <a href="/t1">giao thông</a>, <a href="/t2">Điện Biên</a></div>
      <div>Bình luận (0)</div><div><a href="#top">Về đầu trang</a></div>`);
    expect(text).toBe([PROSE, PROSE, PROSE].join('\n\n'));
  });

  it('takes the credit line out of the body and returns its authors', () => {
    expect(clean(`<p>${PROSE}</p><p style="text-align:right"><strong>Bài và ảnh: Lò Thị Hương</strong></p>`)).toEqual({ text: PROSE, authors: ['Lò Thị Hương'] });
    expect(clean(`<p>${PROSE}</p><p align="right"><b>Hải Yến - Trúc Lâm</b></p>`)).toEqual({ text: PROSE, authors: ['Hải Yến', 'Trúc Lâm'] });
  });

  it('keeps a last sentence that starts like a credit ("Theo kế hoạch, …")', () => {
    const last = 'Theo kế hoạch, công trình hoàn thành vào quý IV.';
    expect(clean(`<p>${PROSE}</p><p>${last}</p>`)).toEqual({ text: `${PROSE}\n\n${last}`, authors: [] });
  });

  it('keeps article sentences that mention sharing, printing or comments', () => {
    const sentence = 'Tại buổi làm việc, ông chia sẻ kinh nghiệm in ấn tài liệu và tiếp nhận bình luận của người dân về dự án.';
    expect(clean(`<p>${PROSE}</p><p>${sentence}</p><p>${PROSE}</p>`).text).toContain(sentence);
  });
});

describe('cleanup of English pages', () => {
  it('drops bylines and dates above the text, related lists, prompts and copyright below it', () => {
    const { text } = clean(`
      <div><a href="/news">Entertainment</a></div><p>By Jane Doe</p><p>Updated Nov 19, 6:55 AM</p>
      <p>${PROSE_EN}</p><p>Advertisement</p><p>${PROSE_EN}</p>
      <p>Read more: <a href="/x">Parking rates to rise</a></p>
      <h2>You may also like</h2><ul><li><a href="/a">Bus route 12 runs every ten minutes</a></li><li><a href="/b">New ferry terminal</a></li></ul>
      <p>Sign up for our newsletter to get the latest news in your inbox.</p>
      <p>© 2019 The Riverside Ledger. All rights reserved.</p>`);
    expect(text).toBe(`${PROSE_EN}\n\n${PROSE_EN}`);
  });

  it('drops the headline repeated at the top', () => {
    expect(clean(`<p>City approves bike lanes</p><p>${PROSE_EN}</p>`, 'City approves bike lanes').text).toBe(PROSE_EN);
  });
});

describe('block boundaries', () => {
  it('never glue the words of adjacent blocks, cells or lines', () => {
    const { text } = clean(`<div>${PROSE_EN}</div><div>Second block ends here.</div><ul><li>one item that is long enough to keep</li><li>two</li></ul><table><tr><td>cell</td><td>next</td></tr></table><p>line<br>break</p>`);
    expect(text).toContain('here.\n\none item');
    expect(text).toContain('cell next');
    expect(text).toContain('line\nbreak');
    expect(text).not.toMatch(/hereone|cellnext|linebreak/);
  });
});
