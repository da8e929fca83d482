/** Each schema version opens the previous one with data in it, and every record survives. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { saveClip } from '../../../src/db/articles';
import { SCHEMA } from '../../../src/db/schema';
import { article, freshDb, testEnv } from '../../helpers/db';

describe('schema upgrades', () => {
  it('versions are appended in order', () => {
    expect(SCHEMA.map((v) => v.version)).toEqual(SCHEMA.map((_, i) => i + 1));
  });

  it('v1 → current keeps articles, bodies, collections and memberships, and queues articles for search', async () => {
    const factory = new IDBFactory();
    const v1 = freshDb(1, factory);
    // Written at v1 the way v1 code wrote it (no search queue existed then).
    await v1.articles.put({ ...(await (async () => {
      const scratch = freshDb();
      return (await saveClip(scratch, { article: article(), contentHash: 'h1' }, testEnv())).article;
    })()), id: 'a1' });
    await v1.bodies.put({ id: 'a1', text: 'Tỷ lệ hộ nghèo giảm.', html: '<p>Tỷ lệ hộ nghèo giảm.</p>', updatedAt: '2026-01-01T00:00:00.000Z' });
    await v1.collections.put({ id: 'c1', name: 'Cảng hàng không Điện Biên', description: '', createdAt: 'x', updatedAt: 'x', deletedAt: null });
    await v1.memberships.put({ id: 'm1', collectionId: 'c1', articleId: 'a1', createdAt: 'x', updatedAt: 'x', deletedAt: null });
    v1.close();

    const current = freshDb(Infinity, factory);
    await current.open();
    expect(current.verno).toBe(SCHEMA.at(-1)!.version);
    expect((await current.articles.get('a1'))?.title).toBe(article().title);
    expect((await current.bodies.get('a1'))?.text).toBe('Tỷ lệ hộ nghèo giảm.');
    expect((await current.collections.get('c1'))?.name).toBe('Cảng hàng không Điện Biên');
    expect(await current.memberships.count()).toBe(1);
    expect(await current.searchQueue.toCollection().primaryKeys()).toEqual(['a1']);
    expect(await current.annotations.count()).toBe(0);
    current.close();
  });
});
