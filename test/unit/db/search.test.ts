import { describe, expect, it } from 'vitest';
import { saveClip, updateArticleMetadata } from '../../../src/db/articles';
import { docsOf } from '../../../src/core/search/rows';
import { drainSearchQueue, indexedCount, searchArticleIds } from '../../../src/db/search';
import { article, freshDb, testEnv } from '../../helpers/db';

async function library() {
  const db = freshDb();
  const env = testEnv();
  const clip = (n: number, title: string, text: string) => saveClip(db, { article: article({ url: `https://bao.vn/a-${n}`, title, text }), contentHash: `h${n}` }, env);
  const a = await clip(1, 'Khởi công Cảng hàng không Điện Biên', 'Bí thư Tỉnh ủy Trần Quốc Cường dự lễ khởi công.');
  const b = await clip(2, 'Giải ngân vốn đầu tư công', 'Tỉnh Lai Châu giải ngân 38,6% kế hoạch vốn.');
  const c = await clip(3, 'Đường cao tốc Sơn La - Điện Biên', 'Dự án cao tốc đi qua tỉnh Điện Biên.'.normalize('NFD'));
  return { db, env, ids: { a: a.article.id, b: b.article.id, c: c.article.id } };
}

describe('search index', () => {
  it('finds clips by any spelling of their words, accents and đ ignored, all words required', async () => {
    const { db, ids } = await library();
    await drainSearchQueue(db);
    expect(await db.searchQueue.count()).toBe(0);
    expect((await searchArticleIds(db, 'dien bien')).sort()).toEqual([ids.a, ids.c].sort());
    expect(await searchArticleIds(db, 'Trần Quốc Cường')).toEqual([ids.a]);
    expect(await searchArticleIds(db, 'TRAN quoc cuong')).toEqual([ids.a]);
    expect(await searchArticleIds(db, 'điện biên cao tốc')).toEqual([ids.c]);
    expect(await searchArticleIds(db, 'dien bien lai chau')).toEqual([]);
  });

  it('matches word prefixes, newest first', async () => {
    const { db, ids } = await library();
    await drainSearchQueue(db);
    expect(await searchArticleIds(db, 'giai ng')).toEqual([ids.b]);
    expect(await searchArticleIds(db, 'dien bi')).toEqual([ids.c, ids.a]);
    expect(await searchArticleIds(db, 'd')).toEqual([]);
    // Only the last word, the one being typed, is a prefix: earlier ones are whole words.
    expect(await searchArticleIds(db, 'die bien')).toEqual([]);
  });

  it('finds a queued clip while the indexer moves it into the index (no moment where it is in neither)', async () => {
    const { db, env } = await library();
    await drainSearchQueue(db);
    // Each round stores a new clip (queued) and searches for it while the indexer runs.
    for (let n = 10; n < 72; n++) {
      const { article: a } = await saveClip(db, { article: article({ url: `https://bao.vn/b-${n}`, title: `Bản tin số ${n}`, text: 'Hội nghị về đường Nậm Rốm.' }), contentHash: `x${n}` }, env);
      const delay = (n * 7) % 31; // start the search some event-loop turns into the indexer's run
      const search = (async () => {
        for (let i = 0; i < delay; i++) await new Promise((r) => setTimeout(r, 0));
        return searchArticleIds(db, 'nam rom');
      })();
      const [found] = await Promise.all([search, drainSearchQueue(db)]);
      expect(found, `round ${n}`).toContain(a.id);
    }
  });

  it('finds a clip the moment it is stored, before the indexer runs', async () => {
    const { db, ids } = await library();
    expect(await db.searchQueue.count()).toBe(3);
    expect(await searchArticleIds(db, 'lai chau')).toEqual([ids.b]);
  });

  it('follows edits and re-clips, and forgets deleted clips', async () => {
    const { db, env, ids } = await library();
    await drainSearchQueue(db);
    await saveClip(db, { article: article({ url: 'https://bao.vn/a-2', title: 'Giải ngân vốn', text: 'Nội dung mới về Mường Chà.' }), contentHash: 'h4' }, env);
    await updateArticleMetadata(db, ids.a, { title: 'Lễ khởi công sân bay' }, env);
    await drainSearchQueue(db);
    expect(await searchArticleIds(db, 'lai chau')).toEqual([]);
    expect(await searchArticleIds(db, 'muong cha')).toEqual([ids.b]);
    expect(await searchArticleIds(db, 'san bay')).toEqual([ids.a]);
    await db.articles.update(ids.c, { deletedAt: '2026-11-28T05:00:00.000Z' });
    await db.searchQueue.put({ articleId: ids.c, queuedAt: '2026-11-28T05:00:00.000Z' });
    expect(await searchArticleIds(db, 'cao toc')).toEqual([]);
    await drainSearchQueue(db);
    expect(await searchArticleIds(db, 'cao toc')).toEqual([]);
    expect(await indexedCount(db)).toBe(2);
  });

  it('indexes in batches until the queue is empty', async () => {
    const { db } = await library();
    expect(await drainSearchQueue(db, 2)).toBe(1);
    expect(await drainSearchQueue(db, 2)).toBe(0);
    expect(await searchArticleIds(db, 'dien bien')).toHaveLength(2);
  });

  it("never gives a re-indexed document's old number to a new one (its stale postings would follow)", async () => {
    const { db, env } = await library();
    await drainSearchQueue(db);
    // The newest clip is re-clipped with other words: its old number is retired, not reused.
    await saveClip(db, { article: article({ url: 'https://bao.vn/a-3', title: 'Đổi tiêu đề', text: 'Nông thôn mới.' }), contentHash: 'h5' }, env);
    await drainSearchQueue(db);
    const { article: d } = await saveClip(db, { article: article({ url: 'https://bao.vn/a-9', title: 'Bài khác', text: 'Không liên quan.' }), contentHash: 'h6' }, env);
    await drainSearchQueue(db);
    expect(await searchArticleIds(db, 'cao toc')).toEqual([]);
    expect(await searchArticleIds(db, 'lien quan')).toEqual([d.id]);
  });

  it('keeps the postings of earlier batches when a batch starts inside a chunk or opens a new one', async () => {
    const { db, env, ids } = await library();
    // Document numbers run in chunks of 4,096: start two numbers before a chunk ends.
    await db.searchMeta.put({ key: 'index', nextDocNo: 4094 });
    expect(await drainSearchQueue(db, 1)).toBe(2); // 4094: the first clip
    expect(await drainSearchQueue(db, 2)).toBe(0); // 4095 and 4096: the last of chunk 0, the first of chunk 1
    const more = await saveClip(db, { article: article({ url: 'https://bao.vn/a-4', title: 'Điện Biên đón khách', text: 'Du lịch Điện Biên.' }), contentHash: 'h4' }, env);
    await drainSearchQueue(db); // 4097, appended to chunk 1
    expect(new Set(await searchArticleIds(db, 'dien bien'))).toEqual(new Set([ids.a, ids.c, more.article.id]));
    const row = await db.searchRows.get(['die', 1]);
    expect(row && docsOf(row, 'dien')).toEqual(Uint32Array.from([4096, 4097]));
    // The clip of the first batch or of the second (queue order) is the one of chunk 0 with the word.
    expect([...docsOf((await db.searchRows.get(['die', 0]))!, 'dien')]).toSatisfy((docs: number[]) => docs.length === 1 && docs[0]! >= 4094 && docs[0]! < 4096);
  });
});
