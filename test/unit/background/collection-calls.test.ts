/** The popup's collection calls, through the router, on a fake-indexeddb database. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteArticles, saveClip } from '../../../src/db/articles';
import { createCollection, deleteCollection } from '../../../src/db/collections';
import { article, freshDb, testEnv } from '../../helpers/db';

const db = freshDb();
vi.mock('../../../src/background/database', () => ({ db }));
// The router imports the polyfill, which refuses to load outside an extension: stub it.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { route, verifySender } = await import('../../../src/background/router');
const { envelope } = await import('../../../src/messages/envelope');
const { collectionHandlers } = await import('../../../src/background/handlers/collections');
type Handlers = Parameters<typeof route>[0];
const handlers = collectionHandlers as unknown as Handlers;

const ORIGIN = 'chrome-extension://abc/';
const popup = verifySender({ id: 'abc', url: `${ORIGIN}popup/index.html` }, 'abc', ORIGIN);
const page = verifySender({ id: 'abc', url: 'https://baodienbienphu.com.vn/tin-tuc/a-1', tab: { id: 7 } as never, frameId: 0 }, 'abc', ORIGIN);
type Reply = { ok: boolean; value: { collections: Array<{ id: string; name: string; count: number }>; member: string[] }; error?: { code: string } };
const call = (method: string, args: unknown, sender = popup) => route(handlers, envelope(method as never, args as never), sender) as Promise<Reply>;

let articleId = '';
beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  // The router checks the room left before a write: plenty here.
  vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 1e12, usage: 0 }) } });
  ({ article: { id: articleId } } = await saveClip(db, { article: article({ url: 'https://bao.vn/a', title: 'Khởi công Cảng hàng không Điện Biên' }), contentHash: 'h1' }, testEnv()));
});

describe('collection calls', () => {
  it('create a collection holding the clip, take the clip out and put it back; each answer is the state as stored', async () => {
    const other = await createCollection(db, 'An Giang');
    let reply = await call('createCollectionFor', { articleId, name: '  Cảng hàng không   Điện Biên ' });
    expect(reply.ok).toBe(true);
    const created = reply.value.collections.find((c) => c.name === 'Cảng hàng không Điện Biên')!;
    expect(reply.value.collections.map((c) => [c.name, c.count])).toEqual([
      ['An Giang', 0],
      ['Cảng hàng không Điện Biên', 1],
    ]);
    expect(reply.value.member).toEqual([created.id]);

    reply = await call('setClipCollection', { articleId, collectionId: created.id, member: false });
    expect(reply.value.member).toEqual([]);
    reply = await call('setClipCollection', { articleId, collectionId: other.id, member: true });
    expect(reply.value.member).toEqual([other.id]);
    expect(await call('getClipCollections', { articleId })).toEqual(reply);
    expect(await db.articles.count()).toBe(1);
  });

  it('refuse a blank name, a deleted collection, a clip that is gone and a web page, writing nothing', async () => {
    const gone = await createCollection(db, 'Tỉnh ủy 2023');
    await deleteCollection(db, gone.id);
    const before = { collections: await db.collections.toArray(), memberships: await db.memberships.toArray() };
    expect((await call('createCollectionFor', { articleId, name: '   ' })).error?.code).toBe('bad-request');
    expect((await call('createCollectionFor', { articleId, name: 'x'.repeat(201) })).error?.code).toBe('bad-request');
    expect((await call('setClipCollection', { articleId, collectionId: gone.id, member: true })).error?.code).toBe('not-found');
    expect((await call('createCollectionFor', { articleId: 'no-such-clip', name: 'Điện Biên' })).error?.code).toBe('not-found');
    // A clip deleted in the library while the popup was open.
    const { article: other } = await saveClip(db, { article: article({ url: 'https://bao.vn/b', title: 'Tin khác' }), contentHash: 'h2' }, testEnv());
    await deleteArticles(db, [other.id]);
    const kept = { collections: await db.collections.toArray(), memberships: await db.memberships.toArray() };
    expect((await call('createCollectionFor', { articleId: other.id, name: 'Điện Biên' })).error?.code).toBe('not-found');
    expect({ collections: await db.collections.toArray(), memberships: await db.memberships.toArray() }).toEqual(kept);
    expect((await call('createCollectionFor', { articleId, name: 'Điện Biên' }, page)).error?.code).toBe('forbidden');
    expect((await call('setClipCollection', { articleId, collectionId: gone.id, member: 'yes' })).error?.code).toBe('bad-request');
    expect({ collections: await db.collections.toArray(), memberships: await db.memberships.toArray() }).toEqual(before);
  });
});
