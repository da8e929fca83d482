import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../../src/core/text/decode-html';

describe('decodeHtml', () => {
  it('reads UTF-8 by default and after a byte-order mark', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Điện Biên</p>'))).toBe('<p>Điện Biên</p>');
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Hà Nội</p>')]))).toBe('<p>Hà Nội</p>');
  });

  it('honours the charset a saved page declares in its head', () => {
    // "Café" in windows-1252: é is 0xE9.
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252"><p>Caf'), 0xe9, ...new TextEncoder().encode('</p>')]);
    expect(decodeHtml(bytes)).toBe('<meta charset="windows-1252"><p>Café</p>');
  });

  it('falls back to UTF-8 for an unknown charset', () => {
    expect(decodeHtml(new TextEncoder().encode('<meta charset="x-unknown"><p>Sơn La</p>'))).toBe('<meta charset="x-unknown"><p>Sơn La</p>');
  });
});
