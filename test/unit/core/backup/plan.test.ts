import { describe, expect, it } from 'vitest';
import { createBackup, planImport, type Backup, type LibraryData } from '../../../../src/core/backup';
import { at, buildSeedLibrary, uuid } from '../../../fixtures/backup/seed-library';

// Extracting the seed pages takes seconds: do it once while the file loads, outside any test's timeout.
await buildSeedLibrary();

const empty = (): LibraryData => ({ articles: [], bodies: [], collections: [], memberships: [], annotations: [], entities: [], mentions: [] });
const backupOf = (data: LibraryData): Backup => createBackup(data, { now: at(5000) });

describe('planImport', () => {
  it('restores everything into an empty library', async () => {
    const data = await buildSeedLibrary();
    const plan = planImport(empty(), backupOf(data));
    expect(plan.puts.articles).toHaveLength(6);
    expect(plan.puts.bodies).toHaveLength(6);
    expect(plan.stats.annotations.added).toBe(data.annotations.length);
    expect(plan.conflicts).toEqual([]);
  });

  it('same id: the newer version wins and the older one is reported', async () => {
    const mine = await buildSeedLibrary();
    const theirs = structuredClone(mine);
    theirs.annotations[0]!.note = 'Their newer note';
    theirs.annotations[0]!.updatedAt = at(900);
    theirs.annotations[2]!.note = 'Their older note';
    theirs.annotations[2]!.updatedAt = at(1);
    const plan = planImport(mine, backupOf(theirs));
    expect(plan.puts.annotations.map((a) => a.note)).toEqual(['Their newer note']);
    expect(plan.stats.annotations).toMatchObject({ updated: 1, kept: 1 });
    expect(plan.conflicts).toHaveLength(2);
    const [won, lost] = [...plan.conflicts].sort((x, y) => (x.kept < y.kept ? 1 : -1));
    expect(won).toMatchObject({ table: 'annotations', kept: 'incoming', reason: 'incoming-newer', fields: ['note'] });
    expect((won!.existing as { note: string }).note).toBe(mine.annotations[0]!.note);
    expect(lost).toMatchObject({ kept: 'existing', reason: 'existing-newer', fields: ['note'] });
    expect((lost!.incoming as { note: string }).note).toBe('Their older note');
  });

  it('a mention matched by id stays in the article it was made in; the newer role wins and the move is reported', async () => {
    const mine = await buildSeedLibrary();
    const theirs = structuredClone(mine);
    const moved = theirs.mentions[0]!;
    const home = moved.articleId;
    moved.articleId = theirs.articles.find((x) => x.id !== home)!.id;
    moved.role = 'Chủ tịch UBND tỉnh';
    moved.updatedAt = at(900);
    const plan = planImport(mine, backupOf(theirs));
    expect(plan.puts.mentions).toEqual([expect.objectContaining({ id: moved.id, articleId: home, role: 'Chủ tịch UBND tỉnh' })]);
    expect(plan.conflicts).toEqual([expect.objectContaining({ table: 'mentions', id: moved.id, fields: expect.arrayContaining(['articleId', 'role']) })]);
  });

  it('same time, different content: the library keeps its version and reports the other', async () => {
    const mine = await buildSeedLibrary();
    const theirs = structuredClone(mine);
    theirs.collections[0]!.name = 'Sân bay Điện Biên';
    const plan = planImport(mine, backupOf(theirs));
    expect(plan.puts.collections).toEqual([]);
    expect(plan.conflicts).toEqual([expect.objectContaining({ table: 'collections', kept: 'existing', reason: 'same-time', fields: ['name'] })]);
  });

  it('same canonical URL under another id: one article, its highlights, mentions and memberships re-pointed', async () => {
    const mine = await buildSeedLibrary();
    const theirs = structuredClone(mine);
    const article = theirs.articles[3]!; // has a canonical URL
    const oldId = article.id;
    const newId = uuid(1, 77);
    article.id = newId;
    article.url = `${article.canonicalUrl}?utm_source=zalo`;
    article.urlKeys = [];
    article.title = 'Tiêu đề đã sửa';
    article.updatedAt = at(950);
    theirs.bodies.find((b) => b.id === oldId)!.id = newId;
    for (const table of ['annotations', 'mentions', 'memberships'] as const) for (const r of theirs[table]) if (r.articleId === oldId) r.articleId = newId;
    // A highlight only they have, on that article.
    const extra = { ...structuredClone(theirs.annotations.find((a) => a.articleId === newId)!), id: uuid(5, 77), note: 'chỉ có ở bản kia' };
    extra.selectors.position = { type: 'TextPositionSelector', start: 0, end: 10 };
    theirs.annotations.push(extra);

    const plan = planImport(mine, backupOf(theirs));
    expect(plan.remapped).toContainEqual({ table: 'articles', incomingId: newId, existingId: oldId, by: 'url' });
    expect(plan.puts.articles).toHaveLength(1);
    expect(plan.puts.articles[0]).toMatchObject({ id: oldId, title: 'Tiêu đề đã sửa' });
    expect(plan.puts.articles[0]!.urlKeys).toEqual(mine.articles[3]!.urlKeys);
    expect(plan.puts.bodies.map((b) => b.id)).toEqual([oldId]);
    expect(plan.puts.annotations).toEqual([expect.objectContaining({ id: uuid(5, 77), articleId: oldId })]);
    // Memberships and mentions of the re-pointed article are recognised, not duplicated.
    expect(plan.puts.memberships).toEqual([]);
    expect(plan.puts.mentions).toEqual([]);
    expect(plan.conflicts).toContainEqual(expect.objectContaining({ table: 'articles', id: oldId, incomingId: newId, kept: 'incoming', fields: ['title', 'url'] }));
  });

  it('same content hash on the same site merges a moved page; a syndicated copy on another site stays apart', async () => {
    const mine = await buildSeedLibrary();
    const source = mine.articles[5]!;
    const moved = { ...structuredClone(source), id: uuid(1, 80), url: 'https://taybacngaynay.example/bai-moi-77120.html', canonicalUrl: null, urlKeys: [] };
    const copy = { ...structuredClone(source), id: uuid(1, 81), url: 'https://baokhac.example/giai-ngan.html', canonicalUrl: null, urlKeys: [], siteName: 'Báo Khác' };
    const incoming = { ...empty(), articles: [moved, copy] };
    const plan = planImport(mine, backupOf(incoming));
    expect(plan.remapped).toEqual([{ table: 'articles', incomingId: moved.id, existingId: source.id, by: 'content-hash' }]);
    expect(plan.puts.articles.find((a) => a.id === source.id)!.urlKeys).toContain('taybacngaynay.example/bai-moi-77120.html');
    expect(plan.stats.articles).toMatchObject({ added: 1, matched: 1 });
  });

  it('an incoming entity with the same type and name is the existing entity; tags and merges follow it', async () => {
    const mine = await buildSeedLibrary();
    const theirs = structuredClone(mine);
    const official = theirs.entities[0]!;
    const oldId = official.id;
    official.id = uuid(6, 500);
    official.name = 'TRẦN QUỐC CƯỜNG';
    for (const e of theirs.entities) if (e.mergedInto === oldId) e.mergedInto = official.id;
    for (const a of theirs.annotations) a.entityIds = a.entityIds.map((id) => (id === oldId ? official.id : id));
    for (const m of theirs.mentions) if (m.entityId === oldId) m.entityId = official.id;
    const plan = planImport(mine, backupOf(theirs));
    expect(plan.remapped).toContainEqual({ table: 'entities', incomingId: uuid(6, 500), existingId: oldId, by: 'name' });
    expect(plan.puts.entities).toEqual([]);
    expect(plan.puts.annotations).toEqual([]);
    expect(plan.puts.mentions).toEqual([]);
    expect(plan.conflicts).toEqual([expect.objectContaining({ table: 'entities', id: oldId, kept: 'existing', fields: ['name'] })]);
  });

  it('a newer tombstone deletes, a newer live version revives', async () => {
    const mine = await buildSeedLibrary();
    const theirs = structuredClone(mine);
    theirs.articles[0]!.deletedAt = at(990);
    theirs.articles[0]!.updatedAt = at(990);
    const revived = theirs.annotations.find((a) => a.deletedAt)!;
    revived.deletedAt = null;
    revived.updatedAt = at(991);
    const plan = planImport(mine, backupOf(theirs));
    expect(plan.puts.articles).toEqual([expect.objectContaining({ id: mine.articles[0]!.id, deletedAt: at(990) })]);
    expect(plan.puts.annotations).toEqual([expect.objectContaining({ id: revived.id, deletedAt: null })]);
  });

  it('two incoming duplicates of one page become one article', async () => {
    const mine = await buildSeedLibrary();
    const a = structuredClone(mine.articles[3]!);
    const b = { ...structuredClone(a), id: uuid(1, 90), updatedAt: at(999), contentHash: 'f'.repeat(64), captures: [{ ...a.captures[0]!, capturedAt: at(999) }] };
    const bodies = [{ id: a.id, text: 'old', html: '<p>old</p>', updatedAt: a.updatedAt }, { id: b.id, text: 'new', html: '<p>new</p>', updatedAt: b.updatedAt }];
    const plan = planImport(empty(), backupOf({ ...empty(), articles: [a, b], bodies }));
    expect(plan.puts.articles).toHaveLength(1);
    expect(plan.puts.bodies).toEqual([{ id: a.id, text: 'new', html: '<p>new</p>', updatedAt: b.updatedAt }]);
    expect(plan.puts.articles[0]!.captures.map((c) => c.capturedAt)).toEqual([a.captures[0]!.capturedAt, at(999)]);
  });
});
