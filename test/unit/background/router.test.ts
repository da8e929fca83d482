import { afterEach, describe, expect, it, vi } from 'vitest';

// The router imports the polyfill, which refuses to load outside an extension: stub it.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { route, verifySender } = await import('../../../src/background/router');
const { envelope } = await import('../../../src/messages/envelope');
type Handlers = Parameters<typeof route>[0];

const ORIGIN = 'chrome-extension://abc/';
const popup = verifySender({ id: 'abc', url: `${ORIGIN}popup/index.html` }, 'abc', ORIGIN);
const contentScript = verifySender({ id: 'abc', url: 'https://evil.example/', tab: { id: 7 } as never, frameId: 0 }, 'abc', ORIGIN);

const handlers = {
  clipTab: vi.fn(async ({ tabId }: { tabId: number }) => ({ clipped: tabId })),
  getPageState: vi.fn(),
  listRecent: vi.fn(async () => []),
  updateArticle: vi.fn(),
} as unknown as Handlers;

describe('verifySender', () => {
  it('tells extension pages from content scripts and refuses other extensions', () => {
    expect(popup).toEqual({ kind: 'extension', tabId: null, url: `${ORIGIN}popup/index.html` });
    expect(contentScript).toEqual({ kind: 'content', tabId: 7, url: 'https://evil.example/' });
    expect(verifySender({ id: 'other', url: `${ORIGIN}x.html` }, 'abc', ORIGIN)).toBeNull();
    expect(verifySender({ id: 'abc', url: 'https://a.vn/' }, 'abc', ORIGIN)).toBeNull();
  });
});

describe('route', () => {
  it('dispatches a well-formed call from an extension page', async () => {
    expect(await route(handlers, envelope('clipTab', { tabId: 3 }), popup)).toEqual({ ok: true, value: { clipped: 3 } });
  });
  it('refuses a content script calling an extension-page method', async () => {
    const reply = await route(handlers, envelope('clipTab', { tabId: 3 }), contentScript);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
  it('refuses unknown senders, unknown methods and inherited names', async () => {
    expect(await route(handlers, envelope('listRecent', { limit: 5 }), null)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(handlers, envelope('deleteEverything', {}), popup)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await route(handlers, envelope('toString', {}), popup)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await route(handlers, { method: 'listRecent', args: { limit: 5 } }, popup)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  it('refuses arguments of the wrong shape or size with a message that says what is wrong', async () => {
    const wrongType = await route(handlers, envelope('clipTab', { tabId: '3' }), popup);
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(!wrongType.ok && wrongType.error.message).toMatch(/tabId/);
    expect(await route(handlers, envelope('clipTab', { tabId: 3, extra: 1 }), popup)).toMatchObject({ ok: false });
    expect(await route(handlers, envelope('listRecent', { limit: 10_000 }), popup)).toMatchObject({ ok: false });
    const longTitle = await route(handlers, envelope('updateArticle', { id: 'a', patch: { title: 'x'.repeat(5000) } }), popup);
    expect(longTitle).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const badDate = await route(handlers, envelope('updateArticle', { id: 'a', patch: { publishedAt: '08/02/2023' } }), popup);
    expect(badDate).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  describe('with too little room left to write', () => {
    // 5 MB left: under the 8 MB Dossier keeps free, so no edit fits.
    const full = () => vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 1e9, usage: 1e9 - 5 * 1024 * 1024 }) } });
    afterEach(() => vi.unstubAllGlobals());

    it('refuses every call that writes an edit before its handler runs, saying nothing was changed', async () => {
      full();
      const updateArticle = vi.fn();
      const reply = await route({ ...handlers, updateArticle } as Handlers, envelope('updateArticle', { id: 'a', patch: { title: 'Tiêu đề mới' } }), popup);
      expect(reply).toMatchObject({ ok: false, error: { code: 'storage-low', message: expect.stringMatching(/Nothing was changed/) } });
      expect(updateArticle).not.toHaveBeenCalled();
    });
    it('still answers reads, and leaves the clip to check the room its article needs', async () => {
      full();
      expect(await route(handlers, envelope('listRecent', { limit: 5 }), popup)).toEqual({ ok: true, value: [] });
      expect(await route(handlers, envelope('clipTab', { tabId: 3 }), popup)).toEqual({ ok: true, value: { clipped: 3 } });
    });
  });
  it('turns a thrown error into an error reply', async () => {
    const failing = { ...handlers, listRecent: async () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' })) } as Handlers;
    expect(await route(failing, envelope('listRecent', { limit: 5 }), popup)).toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });
});
