import { describe, expect, it } from 'vitest';
import { urlKey, urlKeys } from '../../../../src/core/url/url-key';

describe('urlKey', () => {
  it('ignores scheme, www, fragment, trailing slash, default port and tracking parameters', () => {
    const key = 'baodienbienphu.com.vn/tin-tuc/a-1?id=5';
    expect(urlKey('https://www.baodienbienphu.com.vn/tin-tuc/a-1/?id=5&utm_source=zalo#top')).toBe(key);
    expect(urlKey('http://baodienbienphu.com.vn:80/tin-tuc/a-1?fbclid=x&id=5')).toBe(key);
  });
  it('keeps parameters that select a page, in a stable order', () => {
    expect(urlKey('https://a.vn/news?b=2&a=1')).toBe('a.vn/news?a=1&b=2');
    expect(urlKey('https://a.vn/news?id=1')).not.toBe(urlKey('https://a.vn/news?id=2'));
  });
  it('gives no key for non-web addresses', () => {
    expect(urlKey('chrome://newtab')).toBeNull();
    expect(urlKey('not a url')).toBeNull();
    expect(urlKeys('https://a.vn/x', null, 'https://www.a.vn/x/', 'about:blank')).toEqual(['a.vn/x']);
  });
});
