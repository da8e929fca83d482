import { afterEach, describe, expect, it } from 'vitest';
import { findArticleByUrl, listRecentArticles, saveClip, updateArticleMetadata } from '../../../src/db/articles';
import { article, freshDb, testEnv } from '../../helpers/db';

const db = freshDb();
afterEach(async () => {
  await db.articles.clear();
  await db.bodies.clear();
});

describe('saveClip', () => {
  it('stores a new article with its body, a capture and NFC text', async () => {
    const env = testEnv();
    const nfd = 'Tỉnh ủy'.normalize('NFD');
    const { article: stored, created } = await saveClip(db, { article: article({ title: `Thường trực ${nfd}`, text: `${nfd} họp bàn.` }), contentHash: 'h1' }, env);
    expect(created).toBe(true);
    expect(stored.id).toBe('id-1');
    expect(stored.title).toBe('Thường trực Tỉnh ủy'.normalize('NFC'));
    expect(stored.captures).toHaveLength(1);
    expect(stored.deletedAt).toBeNull();
    expect(stored.createdAt).toBe(stored.updatedAt);
    const body = await db.bodies.get(stored.id);
    expect(body?.text).toBe('Tỉnh ủy họp bàn.'.normalize('NFC'));
    expect(body?.text.normalize('NFC')).toBe(body?.text);
  });

  it('clipping the same URL again updates the article and adds a capture, never a duplicate', async () => {
    const env = testEnv();
    const first = await saveClip(db, { article: article(), contentHash: 'h1' }, env);
    const second = await saveClip(db, { article: article({ text: 'Bản sửa: thêm một đoạn.' }), contentHash: 'h2' }, env);
    expect(second.created).toBe(false);
    expect(second.article.id).toBe(first.article.id);
    expect(second.article.captures.map((c) => c.contentHash)).toEqual(['h1', 'h2']);
    expect(second.article.contentHash).toBe('h2');
    expect(await db.articles.count()).toBe(1);
    expect((await db.bodies.get(first.article.id))?.text).toBe('Bản sửa: thêm một đoạn.');
  });

  it('recognises the same article under its canonical URL, www, https and tracking parameters', async () => {
    const env = testEnv();
    const canonical = 'https://baodienbienphu.com.vn/tin-tuc/a-123';
    await saveClip(db, { article: article({ url: 'http://www.baodienbienphu.com.vn/tin-tuc/a-123?utm_source=fb', canonicalUrl: null }), contentHash: 'h1' }, env);
    await saveClip(db, { article: article({ url: 'https://m.baodienbienphu.com.vn/a-123.amp', canonicalUrl: canonical }), contentHash: 'h2' }, env);
    await saveClip(db, { article: article({ url: 'https://m.baodienbienphu.com.vn/a-123.amp', canonicalUrl: null }), contentHash: 'h3' }, env);
    expect(await db.articles.count()).toBe(1);
    const [only] = await db.articles.toArray();
    expect(only?.captures).toHaveLength(3);
  });

  it('keeps fields the analyst corrected when the page is clipped again', async () => {
    const env = testEnv();
    const { article: stored } = await saveClip(db, { article: article({ author: 'Tin, ảnh: An Chi' }), contentHash: 'h1' }, env);
    await updateArticleMetadata(db, stored.id, { author: 'An Chi', publishedAt: '2023-02-08T13:40:00+07:00' }, env);
    const again = await saveClip(db, { article: article({ author: 'Tin, ảnh: An Chi', publishedAt: null, title: 'New title' }), contentHash: 'h2' }, env);
    expect(again.article.author).toBe('An Chi');
    expect(again.article.publishedAt).toBe('2023-02-08T13:40:00+07:00');
    expect(again.article.title).toBe('New title');
    expect(again.article.editedFields.sort()).toEqual(['author', 'publishedAt']);
  });

  it('revives a deleted article instead of making a second one', async () => {
    const env = testEnv();
    const { article: stored } = await saveClip(db, { article: article(), contentHash: 'h1' }, env);
    await db.articles.update(stored.id, { deletedAt: '2026-11-28T02:00:00.000Z' });
    expect(await findArticleByUrl(db, stored.url)).toBeUndefined();
    const again = await saveClip(db, { article: article(), contentHash: 'h2' }, env);
    expect(again.article.id).toBe(stored.id);
    expect(again.article.deletedAt).toBeNull();
  });

  it('writes all or nothing: a failing body write leaves no article behind', async () => {
    const env = testEnv();
    const hook = (): never => {
      throw new Error('disk full');
    };
    db.bodies.hook('creating', hook);
    await expect(saveClip(db, { article: article(), contentHash: 'h1' }, env)).rejects.toThrow('disk full');
    db.bodies.hook('creating').unsubscribe(hook);
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
  });

  it('two clips of one page at the same time store one article with two captures', async () => {
    const env = testEnv();
    await Promise.all([saveClip(db, { article: article(), contentHash: 'a' }, env), saveClip(db, { article: article(), contentHash: 'b' }, env)]);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.toArray())[0]?.captures).toHaveLength(2);
  });
});

describe('reads', () => {
  it('lists the most recent live clips first', async () => {
    const env = testEnv();
    for (const n of [1, 2, 3]) await saveClip(db, { article: article({ url: `https://example.vn/a-${n}`, title: `Bài ${n}` }), contentHash: `h${n}` }, env);
    const [a2] = await db.articles.where('urlKeys').equals('example.vn/a-2').toArray();
    await db.articles.update(a2!.id, { deletedAt: '2026-11-28T03:00:00.000Z' });
    expect((await listRecentArticles(db, 10)).map((a) => a.title)).toEqual(['Bài 3', 'Bài 1']);
  });

  it('refuses to edit an article that does not exist', async () => {
    await expect(updateArticleMetadata(db, 'nope', { title: 'x' })).rejects.toThrow(/No article/);
  });
});
