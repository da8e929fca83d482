/** Mentions stored a row per article (db/mentions.ts): what goes in by id comes out, found by article and by entity. */
import { describe, expect, it } from 'vitest';
import { allMentions, mentionsOf, mentionsOfEntity, putMentions, reviseMentions, storedRowsFor } from '../../../src/db/mentions';
import type { MentionRecord } from '../../../src/db/types';
import { freshDb } from '../../helpers/db';

const mention = (id: string, articleId: string, entityId: string, over: Partial<MentionRecord> = {}): MentionRecord => ({
  id,
  articleId,
  entityId,
  annotationId: null,
  role: null,
  publishedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
  ...over,
});

describe('mentions stored a row per article', () => {
  it('keeps every mention by id: new ones are added, changed ones replaced, the others left alone', async () => {
    const db = freshDb();
    await putMentions(db, [mention('m1', 'a1', 'e1'), mention('m2', 'a1', 'e2'), mention('m3', 'a2', 'e1')]);
    await putMentions(db, [mention('m2', 'a1', 'e2', { role: 'Chủ tịch UBND tỉnh' }), mention('m4', 'a1', 'e3')]);
    expect(await db.articleMentions.count()).toBe(2);
    const a1 = await mentionsOf(db, ['a1']);
    expect(a1.map((m) => [m.id, m.role])).toEqual([
      ['m1', null],
      ['m2', 'Chủ tịch UBND tỉnh'],
      ['m4', null],
    ]);
    expect((await allMentions(db)).map((m) => m.id).sort()).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(await mentionsOf(db, ['a2', 'missing'])).toEqual([mention('m3', 'a2', 'e1')]);
  });

  it('finds an entity’s mentions across articles, tombstones included, and follows an entity change', async () => {
    const db = freshDb();
    await putMentions(db, [mention('m1', 'a1', 'e1'), mention('m2', 'a1', 'e2'), mention('m3', 'a2', 'e1', { deletedAt: '2026-02-01T00:00:00.000Z' })]);
    expect((await mentionsOfEntity(db, 'e1')).map((m) => m.id).sort()).toEqual(['m1', 'm3']);
    // A merge moves m1 to e2: e1 keeps only its tombstone, e2 has both of a1's mentions.
    await reviseMentions(db, (await mentionsOfEntity(db, 'e1')).filter((m) => m.id === 'm1'), { entityId: 'e2' });
    expect((await mentionsOfEntity(db, 'e1')).map((m) => m.id)).toEqual(['m3']);
    expect((await mentionsOfEntity(db, 'e2')).map((m) => m.id).sort()).toEqual(['m1', 'm2']);
    expect((await db.articleMentions.get('a1'))?.entityIds).toEqual(['e2']);
  });

  it('writes nothing when a row write fails (one transaction)', async () => {
    const db = freshDb();
    await putMentions(db, [mention('m1', 'a1', 'e1')]);
    const fail = (): never => {
      throw new Error('disk full');
    };
    db.articleMentions.hook('creating', fail);
    await expect(putMentions(db, [mention('m2', 'a1', 'e1', { role: 'x' }), mention('m3', 'a2', 'e1')])).rejects.toThrow();
    db.articleMentions.hook('creating').unsubscribe(fail);
    expect((await allMentions(db)).map((m) => m.id)).toEqual(['m1']);
  });

  it('reads the rows an import merges into, and none when the library has no mentions', async () => {
    const db = freshDb();
    expect((await storedRowsFor(db, [mention('m1', 'a1', 'e1')])).size).toBe(0);
    await putMentions(db, [mention('m1', 'a1', 'e1')]);
    const rows = await storedRowsFor(db, [mention('m2', 'a1', 'e2'), mention('m3', 'a2', 'e2')]);
    expect([...rows.keys()]).toEqual(['a1']);
    await putMentions(db, [mention('m2', 'a1', 'e2'), mention('m3', 'a2', 'e2')], rows);
    expect((await mentionsOf(db, ['a1', 'a2'])).map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });
});
