import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveClip } from '../../../src/db/articles';
import { indexedCount, searchArticleIds } from '../../../src/db/search';
import { article, freshDb, testEnv } from '../../helpers/db';

// The indexer drains the background's database: here, a fresh one on fake-indexeddb.
const db = freshDb();
vi.mock('../../../src/background/database', () => ({ db }));
const { ARTICLE_BYTES, BATCH_BYTES, batchThatFits, indexNow } = await import('../../../src/background/indexer');

const MB = 1024 * 1024;
/** The browser reports `room` bytes left (quota - usage). */
const reportRoom = (room: number) => vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 1e12, usage: 1e12 - room }) } });
/** The room a batch of `n` articles needs: four times its estimate plus the 8 MB reserve (roomFor). */
const roomForBatch = (n: number) => 8 * MB + 4 * (BATCH_BYTES + n * ARTICLE_BYTES);

beforeEach(async () => {
  const env = testEnv();
  for (let n = 1; n <= 5; n++) {
    await saveClip(db, { article: article({ url: `https://bao.vn/tin-${n}`, title: `Tin ${n}`, text: `Điện Biên giải ngân vốn đầu tư công, tin số ${n}.` }), contentHash: `h${n}` }, env);
  }
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('the search indexer', () => {
  it('sizes each batch by the room left: all 500 with room, fewer with less, none below one article', async () => {
    reportRoom(1e12);
    expect(await batchThatFits()).toBe(500);
    reportRoom(roomForBatch(3));
    expect(await batchThatFits()).toBe(3);
    reportRoom(roomForBatch(1) - 1);
    expect(await batchThatFits()).toBe(0);
  });

  it('writes nothing when not even one article fits, and the queued clips are still found', async () => {
    reportRoom(20 * MB);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await indexNow();
    expect(await db.searchQueue.count()).toBe(5);
    expect(await indexedCount(db)).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/too little room left to index 5 queued clips/));
    // Search reads the queue directly: a clip waiting for the indexer is still found.
    expect(await searchArticleIds(db, 'tin so 3')).toHaveLength(1);
  });

  it('indexes in smaller batches when the room is tight, and everything once there is room', async () => {
    reportRoom(roomForBatch(2));
    const drained: number[] = [];
    const count = db.searchQueue.count.bind(db.searchQueue);
    // What is left after each batch (the indexer and drainSearchQueue both count the queue).
    const counted = async () => {
      const n = await count();
      drained.push(n);
      return n;
    };
    vi.spyOn(db.searchQueue, 'count').mockImplementation(counted as never);
    await indexNow();
    expect(await db.searchQueue.count()).toBe(0);
    expect(await indexedCount(db)).toBe(5);
    // Two at a time: 5 queued, then 3 left, 1 left, none.
    expect(drained.slice(0, 4)).toEqual([5, 3, 1, 0]);
  });
});
