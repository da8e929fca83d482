import { afterEach, describe, expect, it } from 'vitest';
import { saveClip, updateArticleMetadata } from '../../../src/db/articles';
import { articleEntities } from '../../../src/db/article-entities';
import { createAnnotation } from '../../../src/db/annotations';
import { linkEntity, listEntities, rejectSuggestion, searchEntities, tagArticle, unlinkEntity, untagHighlight } from '../../../src/db/entities';
import { article, freshDb, testEnv } from '../../helpers/db';
import { allMentions } from '../../../src/db/mentions';

const db = freshDb();
afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const SEED_TEXT =
  'Chiều 7/2, đồng chí Trần Quốc Cường, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy làm việc với Thành ủy Điện Biên Phủ.\n\n' +
  'Dự án đường 60m đã giải ngân 60 triệu đồng.';

/** Clip an article with this text at this address and date; returns its id. */
async function clip(env: ReturnType<typeof testEnv>, path: string, text = SEED_TEXT, publishedAt = '2023-02-08T13:40:00+07:00'): Promise<string> {
  const saved = await saveClip(db, { article: article({ url: `https://baodienbienphu.com.vn/${path}`, text, publishedAt }), contentHash: path }, env);
  return saved.article.id;
}

const liveMentions = async () => (await allMentions(db)).filter((m) => !m.deletedAt);

describe('tagArticle (accepting a suggestion)', () => {
  it('accepting the same official in two articles makes one entity and two mentions', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    const b = await clip(env, 'b');
    const first = await tagArticle(db, a, { type: 'official', name: 'Trần Quốc Cường', roles: ['Bí thư Tỉnh ủy'] }, env);
    const second = await tagArticle(db, b, { type: 'official', name: 'Trần Quốc Cường', roles: ['Bí thư Tỉnh ủy'] }, env);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.entity.id).toBe(first.entity.id);
    expect(await db.entities.count()).toBe(1);
    const mentions = await liveMentions();
    expect(mentions.map((m) => [m.articleId, m.role, m.publishedAt])).toEqual([
      [a, 'Bí thư Tỉnh ủy', '2023-02-08T13:40:00+07:00'],
      [b, 'Bí thư Tỉnh ủy', '2023-02-08T13:40:00+07:00'],
    ]);
  });

  it('gives an official one mention per position, and accepting again adds nothing', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    const input = { type: 'official', name: 'Trần Quốc Cường', roles: ['Bí thư Tỉnh ủy', 'Ủy viên Trung ương Đảng'] } as const;
    await tagArticle(db, a, input, env);
    await tagArticle(db, a, input, env);
    expect((await liveMentions()).map((m) => m.role).sort()).toEqual(['Bí thư Tỉnh ủy', 'Ủy viên Trung ương Đảng']);
  });

  it('treats Ủy/Uỷ, NFD and đ/d spellings of a name and of a role as one', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    await tagArticle(db, a, { type: 'official', name: 'Lò Văn Thủy', roles: ['Phó Bí thư Tỉnh ủy'] }, env);
    await tagArticle(db, a, { type: 'official', name: 'Lò Văn Thuỷ'.normalize('NFD'), roles: ['Phó Bí thư Tỉnh uỷ'.normalize('NFD')] }, env);
    await tagArticle(db, a, { type: 'official', name: 'Đỗ Văn Đức', roles: [] }, env);
    await tagArticle(db, a, { type: 'official', name: 'Do Van Duc', roles: [] }, env);
    const entities = await db.entities.toArray();
    expect(entities.map((e) => e.name)).toEqual(['Lò Văn Thủy', 'Đỗ Văn Đức']);
    expect(entities[0]!.name).toBe(entities[0]!.name.normalize('NFC'));
    expect((await liveMentions()).map((m) => m.role)).toEqual(['Phó Bí thư Tỉnh ủy', null]);
  });

  it('keeps an official and a project of the same name apart', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    await tagArticle(db, a, { type: 'official', name: 'Điện Biên' }, env);
    await tagArticle(db, a, { type: 'project', name: 'Điện Biên' }, env);
    expect(await db.entities.count()).toBe(2);
  });

  it('replaces a role-less link with the roles given later', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    const { entity } = await tagArticle(db, a, { type: 'official', name: 'Trần Quốc Cường', origin: 'manual' }, env);
    await linkEntity(db, a, entity.id, { role: 'Bí thư Tỉnh ủy' }, env);
    await linkEntity(db, a, entity.id, {}, env);
    expect((await liveMentions()).map((m) => m.role)).toEqual(['Bí thư Tỉnh ủy']);
  });
});

describe('suggestions and recognition of a clip', () => {
  it('suggests officials, projects and amounts, and a rejected one is not suggested again for that article', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    const b = await clip(env, 'b');
    const before = await articleEntities(db, a, env);
    expect(before.pending.officials.map((o) => [o.name, o.positions])).toEqual([['Trần Quốc Cường', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']]]);
    expect(before.pending.projects.map((p) => p.name)).toEqual(['Dự án đường 60m']);
    expect(before.pending.amounts.map((x) => x.value)).toEqual([60_000_000]);

    await rejectSuggestion(db, a, 'official', 'Trần Quốc Cường'.normalize('NFD'), env);
    await rejectSuggestion(db, a, 'amount', '60 triệu đồng', env);
    const after = await articleEntities(db, a, env);
    expect(after.pending.officials).toEqual([]);
    expect(after.pending.amounts).toEqual([]);
    expect(after.pending.projects).toHaveLength(1);
    expect((await articleEntities(db, b, env)).pending.officials).toHaveLength(1);
  });

  it('an accepted suggestion leaves the pending list and shows as a linked chip', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    await tagArticle(db, a, { type: 'project', name: 'dự án đường 60M' }, env);
    const state = await articleEntities(db, a, env);
    expect(state.pending.projects).toEqual([]);
    expect(state.linked.map((e) => [e.type, e.name, e.origin])).toEqual([['project', 'dự án đường 60M', 'suggestion']]);
  });

  it('recognises an accepted official in a new clip, with the positions that article gives', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    await tagArticle(db, a, { type: 'official', name: 'Trần Quốc Cường', roles: ['Bí thư Tỉnh ủy'] }, env);
    const text = 'Sáng 6/5, ông Trần Quốc Cường, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, dự hội nghị.'.normalize('NFD');
    const b = await clip(env, 'b', text, '2024-05-06T10:30:00+07:00');
    const state = await articleEntities(db, b, env);
    expect(state.linked).toHaveLength(1);
    expect(state.linked[0]).toMatchObject({ name: 'Trần Quốc Cường', origin: 'recognised' });
    expect(state.linked[0]!.roles.sort()).toEqual(['Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh']);
    expect(state.pending.officials).toEqual([]);

    // Unlinking is remembered: asking again does not link it back.
    await unlinkEntity(db, b, state.linked[0]!.id, env);
    const again = await articleEntities(db, b, env);
    expect(again.linked).toEqual([]);
    expect(again.pending.officials).toEqual([]);
    expect((await liveMentions()).map((m) => m.articleId)).toEqual([a]);
  });

  it('leaves the recognised links for later when there is no room to write them', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    await tagArticle(db, a, { type: 'official', name: 'Trần Quốc Cường', roles: ['Bí thư Tỉnh ủy'] }, env);
    const b = await clip(env, 'b', 'Sáng 6/5, ông Trần Quốc Cường, Bí thư Tỉnh ủy, dự hội nghị.', '2024-05-06T10:30:00+07:00');
    const noRoom = await articleEntities(db, b, env, { mayWrite: async () => false });
    expect(noRoom.linked).toEqual([]);
    expect((await liveMentions()).map((m) => m.articleId)).toEqual([a]);
    // The analyst still sees the name, as a suggestion; with room, the link is made.
    expect(noRoom.pending.officials.map((o) => o.name)).toEqual(['Trần Quốc Cường']);
    expect((await articleEntities(db, b, env, { mayWrite: async () => true })).linked.map((e) => e.origin)).toEqual(['recognised']);
  });
});

describe('listing and autocomplete', () => {
  it('finds Trần Quốc Cường from "tran quoc cuong", and lists only live entities', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    await tagArticle(db, a, { type: 'official', name: 'Trần Quốc Cường' }, env);
    await tagArticle(db, a, { type: 'project', name: 'Dự án đường 60m' }, env);
    expect((await searchEntities(db, 'tran quoc cuong')).map((e) => e.name)).toEqual(['Trần Quốc Cường']);
    expect((await searchEntities(db, 'duong', { types: ['official'] })).map((e) => e.name)).toEqual([]);
    expect((await listEntities(db)).map((e) => e.name)).toEqual(['Dự án đường 60m', 'Trần Quốc Cường']);
  });
});

describe('mention dates', () => {
  it('follow the article’s published date when the analyst corrects it', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    await tagArticle(db, a, { type: 'official', name: 'Trần Quốc Cường', roles: ['Bí thư Tỉnh ủy'] }, env);
    await updateArticleMetadata(db, a, { publishedAt: '2023-02-09T08:00:00+07:00' }, env);
    expect((await liveMentions()).map((m) => m.publishedAt)).toEqual(['2023-02-09T08:00:00+07:00']);
  });
});

describe('untagHighlight', () => {
  it('takes the entity off the highlight and ends only the mention made through it', async () => {
    const env = testEnv();
    const a = await clip(env, 'a');
    const highlight = await createAnnotation(
      db,
      { articleId: a, source: 'https://baodienbienphu.com.vn/a', selectors: { quote: { type: 'TextQuoteSelector', exact: 'Trần Quốc Cường', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 21, end: 36 } }, color: 'yellow', note: '', tags: [] },
      env,
    );
    const { entity } = await tagArticle(db, a, { type: 'official', name: 'Trần Quốc Cường', roles: [] }, env);
    await linkEntity(db, a, entity.id, { annotationId: highlight.id }, env);
    expect((await db.annotations.get(highlight.id))?.entityIds).toEqual([entity.id]);
    expect((await liveMentions()).map((m) => m.annotationId).sort()).toEqual([highlight.id, null].sort());
    await untagHighlight(db, highlight.id, entity.id, env);
    expect((await db.annotations.get(highlight.id))?.entityIds).toEqual([]);
    expect((await liveMentions()).map((m) => [m.entityId, m.annotationId])).toEqual([[entity.id, null]]);
  });
});
