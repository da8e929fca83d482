/** The entity calls' argument checks: what the background refuses before any handler runs. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { entityCalls } from '../../../src/messages/calls/entities';

const ok = (method: keyof typeof entityCalls, args: unknown) => v.safeParse(entityCalls[method].args, args).success;

describe('entity call arguments', () => {
  it('are all for extension pages: a content script can tag nothing', () => {
    expect(Object.values(entityCalls).every((spec) => spec.from === 'extension')).toBe(true);
  });
  it('accept a suggestion with its positions', () => {
    expect(ok('acceptEntity', { articleId: 'a1', type: 'official', name: 'Trần Quốc Cường', roles: ['Bí thư Tỉnh ủy'], origin: 'suggestion' })).toBe(true);
  });
  it('refuse empty or over-long names, too many roles, unknown kinds and extra fields', () => {
    const base = { articleId: 'a1', type: 'official', name: 'Trần Quốc Cường', roles: [], origin: 'manual' };
    expect(ok('acceptEntity', { ...base, name: '   ' })).toBe(false);
    expect(ok('acceptEntity', { ...base, name: 'x'.repeat(301) })).toBe(false);
    expect(ok('acceptEntity', { ...base, roles: Array(21).fill('Bí thư') })).toBe(false);
    expect(ok('acceptEntity', { ...base, roles: ['x'.repeat(301)] })).toBe(false);
    expect(ok('acceptEntity', { ...base, type: 'person' })).toBe(false);
    expect(ok('acceptEntity', { ...base, origin: 'recognised' })).toBe(false);
    expect(ok('acceptEntity', { ...base, keys: ['x'] })).toBe(false);
    expect(ok('rejectSuggestion', { articleId: 'a1', kind: 'amount', text: '60 triệu đồng' })).toBe(true);
    expect(ok('searchEntities', { query: 'x'.repeat(201) })).toBe(false);
    expect(ok('searchEntities', { query: 'tran', limit: 100 })).toBe(false);
    expect(ok('linkEntity', { articleId: 'a1', entityId: 'x'.repeat(65) })).toBe(false);
  });
});
