import { describe, expect, it } from 'vitest';
import { deleteArticles, findArticleByUrl, saveClip } from '../../../src/db/articles';
import { createCollection, deleteCollection, listCollections, renameCollection, setMembership } from '../../../src/db/collections';
import { countLibrary, decorateRows, libraryFacets, queryLibrary } from '../../../src/db/library';
import { drainSearchQueue } from '../../../src/db/search';
import { article, freshDb, testEnv } from '../../helpers/db';
import { putMentions } from '../../../src/db/mentions';

async function library() {
  const db = freshDb();
  const env = testEnv();
  const ids: string[] = [];
  const pages = [
    { title: 'Khởi công Cảng hàng không Điện Biên', site: 'Báo Điện Biên Phủ', publishedAt: '2022-01-12T09:00:00+07:00' },
    { title: 'Giải ngân vốn đầu tư công Lai Châu', site: 'Tây Bắc Ngày Nay', publishedAt: '2024-07-18T08:15:00+07:00' },
    { title: 'Cao tốc Sơn La - Điện Biên', site: 'Báo Nậm Rốm', publishedAt: '2024-05-06T10:30:00+07:00' },
  ];
  for (const [n, p] of pages.entries()) {
    const { article: a } = await saveClip(db, { article: article({ url: `https://bao.vn/${n}`, title: p.title, siteName: p.site, publishedAt: p.publishedAt, text: `${p.title}. Nội dung bài ${n}.` }), contentHash: `h${n}` }, env);
    ids.push(a.id);
  }
  return { db, env, ids };
}

describe('collections', () => {
  it('creates, renames, fills, empties and deletes a collection; the clips stay', async () => {
    const { db, env, ids } = await library();
    const c = await createCollection(db, '  Cảng hàng không   Điện Biên ', env);
    expect(c.name).toBe('Cảng hàng không Điện Biên');
    await setMembership(db, c.id, [ids[0]!, ids[2]!], true, env);
    await setMembership(db, c.id, [ids[0]!], true, env); // again: no duplicate
    expect((await listCollections(db))[0]).toMatchObject({ name: 'Cảng hàng không Điện Biên', count: 2 });
    await setMembership(db, c.id, [ids[2]!], false, env);
    await setMembership(db, c.id, [ids[2]!], true, env); // revived, not duplicated
    expect(await db.memberships.count()).toBe(2);
    await renameCollection(db, c.id, 'tỉnh ủy 2023', env);
    const other = await createCollection(db, 'An Giang', env);
    await setMembership(db, other.id, [ids[0]!], true, env);
    expect((await listCollections(db)).map((x) => [x.name, x.count])).toEqual([['An Giang', 1], ['tỉnh ủy 2023', 2]]);
    await deleteCollection(db, c.id, env);
    expect((await listCollections(db)).map((x) => x.name)).toEqual(['An Giang']);
    expect(await db.articles.count()).toBe(3);
    await expect(setMembership(db, c.id, [ids[1]!], true, env)).rejects.toThrow(/no longer exists/);
    await expect(createCollection(db, '   ', env)).rejects.toThrow(/needs a name/);
  });
});

describe('library queries', () => {
  it('lists the newest clips first, and narrows by search, collection, site and date', async () => {
    const { db, env, ids } = await library();
    await drainSearchQueue(db);
    expect((await queryLibrary(db, {})).rows.map((r) => r.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect((await queryLibrary(db, { text: 'dien bien' })).rows.map((r) => r.id).sort()).toEqual([ids[0], ids[2]].sort());
    const c = await createCollection(db, 'Điện Biên', env);
    await setMembership(db, c.id, [ids[0]!, ids[1]!], true, env);
    expect((await queryLibrary(db, { collectionId: c.id })).rows.map((r) => r.id)).toEqual([ids[1], ids[0]]);
    expect((await queryLibrary(db, { collectionId: c.id, text: 'điện biên' })).rows.map((r) => r.id)).toEqual([ids[0]]);
    expect((await queryLibrary(db, { site: 'Báo Nậm Rốm' })).total).toBe(1);
    expect((await queryLibrary(db, { from: '2024-01-01' })).rows.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    expect((await queryLibrary(db, { from: '2024-06-01', to: '2024-12-31', text: 'lai' })).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect((await queryLibrary(db, {}, 1, 1)).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect(await countLibrary(db)).toBe(3);
    await db.articles.update(ids[1]!, { deletedAt: '2026-11-28T05:00:00.000Z' });
    expect(await countLibrary(db)).toBe(2);
  });

  it('counts highlights and names entities per clip, and filters by entity and tag', async () => {
    const { db, ids } = await library();
    const base = { createdAt: 'x', updatedAt: 'x', deletedAt: null };
    await db.entities.put({ ...base, id: 'e1', type: 'official', name: 'Trần Quốc Cường', aliases: [], keys: ['tran quoc cuong'], attributes: {}, mergedInto: null });
    await putMentions(db, [{ ...base, id: 'm1', entityId: 'e1', articleId: ids[0]!, annotationId: null, role: 'Bí thư Tỉnh ủy', publishedAt: null }]);
    const selectors = { quote: { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector' as const, start: 0, end: 1 } };
    await db.annotations.bulkPut([
      { ...base, id: 'h1', articleId: ids[0]!, source: 'https://bao.vn/0', selectors, color: 'yellow', note: '', tags: ['sân bay'], entityIds: [] },
      { ...base, id: 'h2', articleId: ids[0]!, source: 'https://bao.vn/0', selectors, color: 'green', note: '', tags: [], entityIds: [] },
      { ...base, id: 'h3', articleId: ids[0]!, source: 'https://bao.vn/0', selectors, color: 'green', note: '', tags: ['bỏ'], entityIds: [], deletedAt: '2026-01-01' },
    ]);
    const [row] = await decorateRows(db, (await queryLibrary(db, { entityId: 'e1' })).rows);
    expect(row).toMatchObject({ id: ids[0], highlightCount: 2, entities: [{ id: 'e1', name: 'Trần Quốc Cường', type: 'official' }] });
    expect((await queryLibrary(db, { tag: 'sân bay' })).rows.map((r) => r.id)).toEqual([ids[0]]);
    // A deleted highlight's tag ('bỏ') is not offered: it would filter down to nothing.
    expect(await libraryFacets(db)).toEqual({ sites: ['Báo Điện Biên Phủ', 'Báo Nậm Rốm', 'Tây Bắc Ngày Nay'], tags: ['sân bay'] });
  });
});

describe('deleting clips', () => {
  it('takes them out of the list, the counts, search and their collections, in one go; clipping again brings a clip back', async () => {
    const { db, env, ids } = await library();
    await drainSearchQueue(db);
    const c = await createCollection(db, 'Điện Biên', env);
    await setMembership(db, c.id, [ids[0]!, ids[2]!], true, env);
    expect(await deleteArticles(db, [ids[0]!, ids[2]!, 'no-such-clip'], env)).toBe(2);
    await drainSearchQueue(db);

    expect((await queryLibrary(db, {})).rows.map((r) => r.id)).toEqual([ids[1]]);
    expect(await countLibrary(db)).toBe(1);
    expect((await queryLibrary(db, { text: 'dien bien' })).rows).toEqual([]);
    expect((await queryLibrary(db, { collectionId: c.id })).rows).toEqual([]);
    expect((await listCollections(db)).map((x) => [x.name, x.count])).toEqual([['Điện Biên', 0]]);
    expect(await findArticleByUrl(db, 'https://bao.vn/0')).toBeUndefined();
    expect((await db.bodies.get(ids[0]!))!.text).toBe(''); // its space is freed
    expect(await libraryFacets(db)).toMatchObject({ sites: ['Tây Bắc Ngày Nay'] });
    // Deleting again changes nothing.
    expect(await deleteArticles(db, [ids[0]!], env)).toBe(0);

    const again = await saveClip(db, { article: article({ url: 'https://bao.vn/0', title: 'Khởi công Cảng hàng không Điện Biên', text: 'Khởi công Cảng hàng không Điện Biên. Nội dung bài 0.' }), contentHash: 'h0' }, env);
    expect(again).toMatchObject({ created: false, article: { id: ids[0], deletedAt: null } });
    await drainSearchQueue(db);
    expect((await queryLibrary(db, { text: 'dien bien' })).rows.map((r) => r.id)).toEqual([ids[0]]);
    expect((await listCollections(db))[0]!.count).toBe(0);
  });
});
