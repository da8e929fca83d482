import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';

// The router imports the polyfill, which refuses to load outside an extension: stub it.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { route, verifySender } = await import('../../../src/background/router');
const { envelope } = await import('../../../src/messages/envelope');
const { DescribedSchema, PaintReplySchema } = await import('../../../src/messages/calls/highlight-schemas');
type Handlers = Parameters<typeof route>[0];

const ORIGIN = 'chrome-extension://abc/';
const popup = verifySender({ id: 'abc', url: `${ORIGIN}popup/index.html` }, 'abc', ORIGIN);
const page = verifySender({ id: 'abc', url: 'https://baodienbienphu.com.vn/tin-tuc/a-1', tab: { id: 7 } as never, frameId: 0 }, 'abc', ORIGIN);

const handlers = {
  createHighlight: vi.fn(async () => 'created'),
  updateHighlight: vi.fn(async () => 'updated'),
  getPageHighlights: vi.fn(async (_args: unknown, sender: { tabId: number; url: string }) => [sender.tabId, sender.url]),
} as unknown as Handlers;

const selectors = {
  quote: { type: 'TextQuoteSelector', exact: 'Tỷ lệ hộ nghèo', prefix: 'tạo sinh kế cho người dân. ', suffix: ' giảm từ 1,78%' },
  position: { type: 'TextPositionSelector', start: 100, end: 114 },
};

describe('highlight calls', () => {
  it('take a new highlight from the popup with its colour, note and tags', async () => {
    const args = { tabId: 3, color: 'purple', note: '**Số liệu**', tags: ['giảm nghèo'] };
    expect(await route(handlers, envelope('createHighlight', args), popup)).toEqual({ ok: true, value: 'created' });
  });

  it('refuse unknown colours, notes and tags past their caps, and a page asking to create or edit', async () => {
    const base = { tabId: 3, color: 'yellow', note: '', tags: [] as string[] };
    for (const args of [
      { ...base, color: 'red' },
      { ...base, note: 'x'.repeat(20_001) },
      { ...base, tags: ['x'.repeat(101)] },
      { ...base, tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      { ...base, tabId: 'me' },
    ]) {
      expect(await route(handlers, envelope('createHighlight', args), popup)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await route(handlers, envelope('createHighlight', base), page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await route(handlers, envelope('updateHighlight', { tabId: null, id: 'h', patch: { note: 'x' } }), page)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('let a page ask for its own highlights only, as the browser reports its tab and address', async () => {
    expect(await route(handlers, envelope('getPageHighlights', {}), page)).toEqual({ ok: true, value: [7, 'https://baodienbienphu.com.vn/tin-tuc/a-1'] });
    // No way to name another page or tab: extra arguments are refused.
    expect(await route(handlers, envelope('getPageHighlights', { url: 'https://other.vn/' }), page)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await route(handlers, envelope('getPageHighlights', {}), popup)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('what the annotate script may answer', () => {
  it('selectors with a bounded quote and context, and end after start', () => {
    expect(v.safeParse(DescribedSchema, selectors).success).toBe(true);
    expect(v.safeParse(DescribedSchema, null).success).toBe(true);
    const bad = [
      { ...selectors, quote: { ...selectors.quote, exact: '' } },
      { ...selectors, quote: { ...selectors.quote, exact: 'x'.repeat(10_001) } },
      { ...selectors, quote: { ...selectors.quote, prefix: 'x'.repeat(40) } },
      { ...selectors, position: { ...selectors.position, end: 100 } },
      { ...selectors, position: { ...selectors.position, start: -1 } },
      { ...selectors, extra: '<img onerror=alert(1)>' },
    ];
    for (const s of bad) expect(v.safeParse(DescribedSchema, s).success).toBe(false);
  });
  it('a list of orphan ids', () => {
    expect(v.safeParse(PaintReplySchema, { orphans: ['a', 'b'] }).success).toBe(true);
    expect(v.safeParse(PaintReplySchema, { orphans: [1] }).success).toBe(false);
    expect(v.safeParse(PaintReplySchema, undefined).success).toBe(false);
  });
});
