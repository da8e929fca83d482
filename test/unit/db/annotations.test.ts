import { afterEach, describe, expect, it } from 'vitest';
import { saveClip } from '../../../src/db/articles';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  listAnnotationsForUrl,
  updateAnnotation,
  type NewAnnotation,
} from '../../../src/db/annotations';
import type { Selectors } from '../../../src/core/anchoring/types';
import { article, freshDb, testEnv } from '../../helpers/db';
import { allMentions, putMentions } from '../../../src/db/mentions';

const mentionById = async (id: string) => (await allMentions(db)).find((m) => m.id === id);

const db = freshDb();
afterEach(async () => {
  await Promise.all([db.articles.clear(), db.bodies.clear(), db.annotations.clear(), db.articleMentions.clear()]);
});

const selectors = (exact: string, start: number): Selectors => ({
  quote: { type: 'TextQuoteSelector', exact, prefix: 'trước ', suffix: ' sau' },
  position: { type: 'TextPositionSelector', start, end: start + exact.length },
});

async function clipped(env = testEnv()) {
  const { article: a } = await saveClip(db, { article: article(), contentHash: 'h1' }, env);
  const input = (over: Partial<NewAnnotation> = {}): NewAnnotation => ({
    articleId: a.id,
    source: a.url,
    selectors: selectors('Tỷ lệ hộ nghèo giảm từ 1,78% còn 0,51%.', 40),
    color: 'yellow',
    note: '',
    tags: [],
    ...over,
  });
  return { article: a, env, input };
}

describe('createAnnotation', () => {
  it('stores a highlight of a live article with NFC quote, note and tags, and no tombstone', async () => {
    const { article: a, env, input } = await clipped();
    const nfd = (s: string) => s.normalize('NFD');
    const record = await createAnnotation(
      db,
      input({ selectors: selectors(nfd('Tỷ lệ hộ nghèo'), 3), note: nfd('**Số liệu** của Thành ủy\n\n'), tags: [nfd(' giảm nghèo '), 'giảm nghèo', '', 'Điện Biên'] }),
      env,
    );
    expect(record).toMatchObject({ articleId: a.id, source: a.url, color: 'yellow', entityIds: [], deletedAt: null });
    expect(record.selectors.quote.exact).toBe('Tỷ lệ hộ nghèo'.normalize('NFC'));
    expect(record.note).toBe('**Số liệu** của Thành ủy'.normalize('NFC'));
    expect(record.tags).toEqual(['giảm nghèo', 'Điện Biên']);
    expect(record.createdAt).toBe(record.updatedAt);
    expect(await db.annotations.get(record.id)).toEqual(record);
  });

  it('refuses a highlight for an article that does not exist or was deleted, and writes nothing', async () => {
    const { article: a, env, input } = await clipped();
    await expect(createAnnotation(db, input({ articleId: 'nope' }), env)).rejects.toThrow(/No article/);
    await db.articles.update(a.id, { deletedAt: '2026-11-28T05:00:00.000Z' });
    await expect(createAnnotation(db, input(), env)).rejects.toThrow(/No article/);
    expect(await db.annotations.count()).toBe(0);
  });
});

describe('updateAnnotation', () => {
  it('changes colour, note and tags, keeps the rest, and moves updatedAt', async () => {
    const { env, input } = await clipped();
    const record = await createAnnotation(db, input({ note: 'cũ', tags: ['a'] }), env);
    const updated = await updateAnnotation(db, record.id, { color: 'purple', note: 'mới', tags: ['b', 'b'] }, env);
    expect(updated).toMatchObject({ color: 'purple', note: 'mới', tags: ['b'], selectors: record.selectors, createdAt: record.createdAt });
    expect(updated.updatedAt > record.updatedAt).toBe(true);
    expect(await db.annotations.get(record.id)).toEqual(updated);
  });

  it('re-attaches an orphan by replacing its selectors', async () => {
    const { env, input } = await clipped();
    const record = await createAnnotation(db, input(), env);
    const moved = await updateAnnotation(db, record.id, { selectors: selectors('Thu nhập bình quân', 900) }, env);
    expect(moved.selectors.quote.exact).toBe('Thu nhập bình quân');
    expect(moved.selectors.position).toEqual({ type: 'TextPositionSelector', start: 900, end: 918 });
    expect(moved.note).toBe(record.note);
  });

  it('refuses to edit a deleted or unknown highlight', async () => {
    const { env, input } = await clipped();
    const record = await createAnnotation(db, input(), env);
    await deleteAnnotation(db, record.id, env);
    await expect(updateAnnotation(db, record.id, { note: 'x' }, env)).rejects.toThrow(/No highlight/);
    await expect(updateAnnotation(db, 'nope', { note: 'x' }, env)).rejects.toThrow(/No highlight/);
  });
});

describe('deleteAnnotation', () => {
  it('leaves a tombstone, tombstones the mentions made through it, and is harmless twice', async () => {
    const { article: a, env, input } = await clipped();
    const record = await createAnnotation(db, input(), env);
    const base = { entityId: 'e1', articleId: a.id, role: null, publishedAt: null, createdAt: 'x', updatedAt: 'x', deletedAt: null };
    await putMentions(db, [
      { ...base, id: 'm1', annotationId: record.id },
      { ...base, id: 'm2', annotationId: null },
    ]);
    await deleteAnnotation(db, record.id, env);
    const stored = await db.annotations.get(record.id);
    expect(stored?.deletedAt).toBeTruthy();
    expect(stored?.updatedAt).toBe(stored?.deletedAt);
    expect((await mentionById('m1'))?.deletedAt).toBe(stored?.deletedAt);
    expect((await mentionById('m2'))?.deletedAt).toBeNull();
    await deleteAnnotation(db, record.id, env);
    expect((await db.annotations.get(record.id))?.deletedAt).toBe(stored?.deletedAt);
    expect(await listAnnotations(db, a.id)).toEqual([]);
  });

  it('writes all or nothing: a failing mention write leaves the highlight alive', async () => {
    const { article: a, env, input } = await clipped();
    const record = await createAnnotation(db, input(), env);
    await putMentions(db, [{ id: 'm1', entityId: 'e', articleId: a.id, annotationId: record.id, role: null, publishedAt: null, createdAt: 'x', updatedAt: 'x', deletedAt: null }]);
    const hook = (): never => {
      throw new Error('disk full');
    };
    db.articleMentions.hook('updating', hook);
    await expect(deleteAnnotation(db, record.id, env)).rejects.toThrow('disk full');
    db.articleMentions.hook('updating').unsubscribe(hook);
    expect((await db.annotations.get(record.id))?.deletedAt).toBeNull();
  });
});

describe('listing', () => {
  it('lists an article’s live highlights in page order, and finds them by the page address', async () => {
    const { article: a, env, input } = await clipped();
    const late = await createAnnotation(db, input({ selectors: selectors('sau', 500) }), env);
    const early = await createAnnotation(db, input({ selectors: selectors('trước', 10) }), env);
    const gone = await createAnnotation(db, input({ selectors: selectors('giữa', 200) }), env);
    await deleteAnnotation(db, gone.id, env);
    expect((await listAnnotations(db, a.id)).map((h) => h.id)).toEqual([early.id, late.id]);
    const found = await listAnnotationsForUrl(db, `${a.url}?utm_source=zalo#top`);
    expect(found?.article.id).toBe(a.id);
    expect(found?.annotations.map((h) => h.id)).toEqual([early.id, late.id]);
    expect(await listAnnotationsForUrl(db, 'https://example.vn/not-clipped')).toBeNull();
  });
});
