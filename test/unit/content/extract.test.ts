import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractForClip } from '../../../src/content/extract';

const URL_ = 'https://baodienbienphu.com.vn/tin-tuc/a-1';
const SENTENCE = 'Ủy ban nhân dân tỉnh Điện Biên tổ chức hội nghị đánh giá tiến độ giải ngân vốn đầu tư công năm 2024.';

/** A news page whose article has `paragraphs` paragraphs, and a menu of `menu` characters. */
function page(paragraphs: number, menu = 0): Document {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${SENTENCE} (${i})</p>`).join('');
  const html = `<!doctype html><html lang="vi"><head><title>Tin</title></head><body><nav>${'Mục '.repeat(menu / 4)}</nav><article><h1>Tin</h1>${body}</article></body></html>`;
  return new JSDOM(html, { url: URL_ }).window.document;
}

describe('extraction for a clip', () => {
  it('gives the article when it is within the limits', () => {
    const outcome = extractForClip(page(20), URL_, { pageText: 1e6, text: 1e6, html: 1e6 });
    expect(outcome.ok).toBe(true);
  });

  it('refuses an article longer than a clip may hold as too-large, before sending it', () => {
    const outcome = extractForClip(page(20), URL_, { pageText: 1e6, text: 1_000, html: 1e6 });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'too-large', message: expect.stringMatching(/a clip holds at most 1000/) } });
    expect(extractForClip(page(20), URL_, { pageText: 1e6, text: 1e6, html: 1_000 })).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses a page with more text than it will look through, without extracting (menus count too)', () => {
    const doc = page(20, 5_000);
    const outcome = extractForClip(doc, URL_, { pageText: 4_000, text: 1e6, html: 1e6 });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'too-large', message: 'The page has more than 4000 characters of text.' } });
  });
});
