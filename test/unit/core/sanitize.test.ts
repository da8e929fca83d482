import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HELD_SRC, sanitizeHtml } from '../../../src/core/sanitize';

const window = new JSDOM('').window as unknown as Parameters<typeof sanitizeHtml>[0];
const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

describe('sanitizeHtml', () => {
  it('keeps images loading by default, for the exports and notes', () => {
    const img = body(sanitizeHtml(window, '<img src="https://cdn.example/a.jpg" alt="Cầu">')).querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://cdn.example/a.jpg');
    expect(img.hasAttribute(HELD_SRC)).toBe(false);
  });

  it('holds images from the web when asked: no src, so opening the stored copy fetches nothing', () => {
    const html = '<p>x<img src="https://tracker.example/p.gif" alt="" width="1"><img src="data:image/png;base64,iVBORw0KGgo=" alt="inline"></p>';
    const [remote, inline] = [...body(sanitizeHtml(window, html, { holdImages: true })).querySelectorAll('img')];
    expect(remote!.hasAttribute('src')).toBe(false);
    expect(remote!.getAttribute(HELD_SRC)).toBe('https://tracker.example/p.gif');
    // An inline image makes no request: it stays as it is.
    expect(inline!.getAttribute('src')).toMatch(/^data:image\/png/);
  });

  it('never lets a page choose the held address, or hold a script URL', () => {
    const html = `<img alt="a" ${HELD_SRC}="https://evil.example/a.gif"><img src="javascript:alert(1)" alt="b">`;
    for (const holdImages of [false, true]) {
      const imgs = [...body(sanitizeHtml(window, html, { holdImages })).querySelectorAll('img')];
      expect(imgs.map((i) => [i.getAttribute('src'), i.getAttribute(HELD_SRC)])).toEqual([
        [null, null],
        [null, null],
      ]);
    }
  });

  it('holds nothing on the next call made without the option', () => {
    sanitizeHtml(window, '<img src="https://a.example/x.jpg">', { holdImages: true });
    expect(sanitizeHtml(window, '<img src="https://a.example/x.jpg">')).toContain('src="https://a.example/x.jpg"');
  });
});
