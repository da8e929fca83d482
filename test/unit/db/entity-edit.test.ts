import { afterEach, describe, expect, it } from 'vitest';
import { saveClip } from '../../../src/db/articles';
import { tagArticle } from '../../../src/db/entities';
import { deleteEntity, EntityConflictError, mergeEntities, updateEntity } from '../../../src/db/entity-edit';
import { appearsWith, entityForPage, positionsOverTime, projectArticles } from '../../../src/db/entity-queries';
import { article, freshDb, testEnv } from '../../helpers/db';
import { allMentions } from '../../../src/db/mentions';

const db = freshDb();
afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function clip(env: ReturnType<typeof testEnv>, path: string, publishedAt: string | null, text = 'Nội dung.'): Promise<string> {
  const saved = await saveClip(db, { article: article({ url: `https://baodienbienphu.com.vn/${path}`, title: `Bài ${path}`, publishedAt, text }), contentHash: path }, env);
  return saved.article.id;
}

const official = (name: string, roles: string[] = []) => ({ type: 'official' as const, name, roles });

describe('positionsOverTime', () => {
  it('draws one lane per position, oldest first, points in date order, Ủy/Uỷ spellings in one lane', async () => {
    const env = testEnv();
    const late = await clip(env, 'late', '2024-05-06T10:30:00+07:00');
    const early = await clip(env, 'early', '2021-03-01T08:00:00+07:00');
    const mid = await clip(env, 'mid', '2023-02-08T13:40:00+07:00');
    const undated = await clip(env, 'undated', null);
    await tagArticle(db, late, official('Trần Quốc Cường', ['Bí thư Tỉnh uỷ', 'Chủ tịch HĐND tỉnh']), env);
    await tagArticle(db, mid, official('Trần Quốc Cường', ['Bí thư Tỉnh ủy']), env);
    await tagArticle(db, early, official('Trần Quốc Cường', ['Phó Bí thư Tỉnh ủy']), env);
    const { entity } = await tagArticle(db, undated, official('Trần Quốc Cường'), env);

    const lanes = await positionsOverTime(db, entity.id);
    expect(lanes.map((l) => [l.role, l.points.map((p) => p.title)])).toEqual([
      ['Phó Bí thư Tỉnh ủy', ['Bài early']],
      ['Bí thư Tỉnh uỷ', ['Bài mid', 'Bài late']],
      ['Chủ tịch HĐND tỉnh', ['Bài late']],
      // No published date: drawn at the day it was clipped (today, after the others).
      [null, ['Bài undated']],
    ]);
    expect(lanes[1]!.points[0]).toMatchObject({ articleId: mid, publishedAt: '2023-02-08T13:40:00+07:00', date: '2023-02-08T13:40:00+07:00' });
  });
});

describe('mergeEntities', () => {
  it('re-points the loser’s mentions and highlight tags, unites aliases and leaves a tombstone that points at the winner', async () => {
    const env = testEnv();
    const a = await clip(env, 'a', '2023-02-08T13:40:00+07:00');
    const b = await clip(env, 'b', '2024-01-01T09:00:00+07:00');
    const { entity: winner } = await tagArticle(db, a, official('Trần Quốc Cường', ['Bí thư Tỉnh ủy']), env);
    const { entity: loser } = await tagArticle(db, b, official('Tran Q. Cuong', ['Bí thư Tỉnh ủy']), env);
    await tagArticle(db, a, official('Tran Q. Cuong', ['Bí thư Tỉnh ủy']), env); // the same mention once merged
    await db.annotations.add({ id: 'h1', articleId: b, entityIds: [loser.id] } as never);

    const merged = await mergeEntities(db, loser.id, winner.id, env);
    expect(merged.aliases).toEqual(['Tran Q. Cuong']);
    expect(merged.keys).toEqual(['tran quoc cuong', 'tran q. cuong']);
    const tombstone = await db.entities.get(loser.id);
    expect(tombstone).toMatchObject({ mergedInto: winner.id });
    expect(tombstone!.deletedAt).not.toBeNull();
    const live = (await allMentions(db)).filter((m) => !m.deletedAt);
    expect(live.map((m) => [m.entityId, m.articleId]).sort()).toEqual([[winner.id, a], [winner.id, b]].sort());
    expect((await db.annotations.get('h1'))!.entityIds).toEqual([winner.id]);
    expect((await entityForPage(db, loser.id))?.id).toBe(winner.id);
    // Tagging by the loser's spelling now finds the winner.
    expect((await tagArticle(db, b, official('TRAN Q. CUONG'), env)).entity.id).toBe(winner.id);
  });

  it('refuses to merge an official into a project', async () => {
    const env = testEnv();
    const a = await clip(env, 'a', null);
    const { entity: o } = await tagArticle(db, a, official('Điện Biên'), env);
    const { entity: p } = await tagArticle(db, a, { type: 'project', name: 'Dự án Điện Biên' }, env);
    await expect(mergeEntities(db, o.id, p.id, env)).rejects.toThrow(/same kind/);
  });
});

describe('updateEntity and deleteEntity', () => {
  it('keeps the old name as an alias on rename, refuses a name another entity has, stores attributes', async () => {
    const env = testEnv();
    const a = await clip(env, 'a', null);
    const { entity } = await tagArticle(db, a, { type: 'project', name: 'Dự án đường 60m' }, env);
    await tagArticle(db, a, { type: 'project', name: 'Dự án hồ Ẳng Cang' }, env);
    const renamed = await updateEntity(db, entity.id, { name: 'Đường 60 mét TP Điện Biên Phủ', attributes: { place: ' Điện Biên Phủ ', investment: '1.234 tỷ đồng' } }, env);
    expect(renamed.aliases).toEqual(['Dự án đường 60m']);
    expect(renamed.attributes).toEqual({ place: 'Điện Biên Phủ', investment: '1.234 tỷ đồng' });
    await expect(updateEntity(db, entity.id, { aliases: ['Dự án hồ Ẳng Cang'] }, env)).rejects.toBeInstanceOf(EntityConflictError);
    const cleared = await updateEntity(db, entity.id, { attributes: { place: '' } }, env);
    expect(cleared.attributes).toEqual({ investment: '1.234 tỷ đồng' });
  });

  it('deletes an entity with its mentions (tombstones)', async () => {
    const env = testEnv();
    const a = await clip(env, 'a', null);
    const { entity } = await tagArticle(db, a, official('Trần Quốc Cường', ['Bí thư Tỉnh ủy']), env);
    await deleteEntity(db, entity.id, env);
    expect((await db.entities.get(entity.id))!.deletedAt).not.toBeNull();
    expect((await allMentions(db)).every((m) => m.deletedAt)).toBe(true);
    expect(await entityForPage(db, entity.id)).toBeNull();
  });
});

describe('projectArticles and appearsWith', () => {
  it('gives a project’s articles with the amounts written beside its name, and who appears with whom', async () => {
    const env = testEnv();
    const text = 'Dự án đường 60m có tổng mức đầu tư 1.234,5 tỷ đồng.\n\nHỗ trợ mỗi hộ 60 triệu đồng.';
    const a = await clip(env, 'a', '2023-02-08T13:40:00+07:00', text);
    const b = await clip(env, 'b', '2022-01-05T08:00:00+07:00', 'Bài không nêu tên dự án.');
    const { entity: road } = await tagArticle(db, a, { type: 'project', name: 'Dự án đường 60m' }, env);
    await tagArticle(db, b, { type: 'project', name: 'Dự án đường 60m' }, env);
    const { entity: cuong } = await tagArticle(db, a, official('Trần Quốc Cường'), env);
    await tagArticle(db, b, official('Trần Quốc Cường'), env);
    const { entity: trung } = await tagArticle(db, a, official('Hà Quang Trung'), env);

    const rows = await projectArticles(db, road);
    expect(rows.map((r) => [r.title, r.amounts.map((x) => x.value)])).toEqual([
      ['Bài b', []],
      ['Bài a', [1_234_500_000_000]],
    ]);
    expect((await appearsWith(db, road.id)).map((c) => [c.entity.name, c.articles])).toEqual([
      ['Trần Quốc Cường', 2],
      ['Hà Quang Trung', 1],
    ]);
    expect((await appearsWith(db, trung.id)).map((c) => [c.entity.id, c.articles])).toEqual([[road.id, 1], [cuong.id, 1]]);
  });
});
