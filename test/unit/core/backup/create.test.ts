import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, planImport, serializeBackup, type LibraryData } from '../../../../src/core/backup';
import { at, buildSeedLibrary } from '../../../fixtures/backup/seed-library';

// Extracting the seed pages takes seconds: do it once while the file loads, outside any test's timeout.
await buildSeedLibrary();

const empty = (): LibraryData => ({ articles: [], bodies: [], collections: [], memberships: [], annotations: [], entities: [], mentions: [] });
const shuffled = <T>(xs: T[]): T[] => [...xs].reverse();

describe('createBackup', () => {
  it('writes the format header, the scope and every table, tombstones included', async () => {
    const data = await buildSeedLibrary();
    const backup = createBackup(data, { now: at(1000) });
    expect(backup).toMatchObject({ format: 'dossier-backup', version: 1, exportedAt: at(1000), scope: { kind: 'library' } });
    expect(backup.articles).toHaveLength(6);
    expect(backup.annotations.some((a) => a.deletedAt)).toBe(true);
    expect(backup.memberships.some((m) => m.deletedAt)).toBe(true);
    expect(backup.entities.some((e) => e.mergedInto)).toBe(true);
  });

  it('does not depend on the order of records or of their fields', async () => {
    const data = await buildSeedLibrary();
    const scrambled = Object.fromEntries(
      Object.entries(data).map(([table, rows]) => [table, shuffled(rows as object[]).map((r) => Object.fromEntries(shuffled(Object.entries(r))))]),
    ) as LibraryData;
    expect(serializeBackup(createBackup(scrambled, { now: at(1) }))).toBe(serializeBackup(createBackup(data, { now: at(1) })));
  });

  it('round-trips: backup, wipe, restore, backup gives the same file apart from exportedAt', async () => {
    const first = createBackup(await buildSeedLibrary(), { now: at(1000) });
    const parsed = parseBackup(serializeBackup(first));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = planImport(empty(), parsed.backup);
    expect(plan.conflicts).toEqual([]);
    expect(plan.remapped).toEqual([]);
    const again = createBackup(plan.puts, { now: at(2000) });
    expect(serializeBackup({ ...again, exportedAt: first.exportedAt })).toBe(serializeBackup(first));
  });

  it('restoring the same backup twice changes nothing the second time', async () => {
    const backup = createBackup(await buildSeedLibrary(), { now: at(1000) });
    const plan = planImport(backup, backup);
    expect(Object.values(plan.puts).every((rows) => rows.length === 0)).toBe(true);
    expect(plan.stats.articles).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
  });

  it('scopes a collection to its live clips and what they reference', async () => {
    const data = await buildSeedLibrary();
    const collectionId = data.collections[0]!.id;
    const backup = createBackup(data, { now: at(1000), scope: { kind: 'collection', collectionId } });
    expect(backup.scope).toEqual({ kind: 'collection', collectionId });
    expect(backup.collections.map((c) => c.id)).toEqual([collectionId]);
    expect(backup.articles).toHaveLength(3);
    expect(backup.bodies).toHaveLength(3);
    const ids = new Set(backup.articles.map((a) => a.id));
    expect(backup.annotations.every((a) => ids.has(a.articleId))).toBe(true);
    expect(backup.memberships.every((m) => ids.has(m.articleId) && !m.deletedAt)).toBe(true);
    // The merged misspelling is mentioned in a clip of this collection: it comes with the entity it became.
    const merged = backup.entities.find((e) => e.mergedInto);
    expect(merged && backup.entities.some((e) => e.id === merged.mergedInto)).toBe(true);
    expect(parseBackup(serializeBackup(backup)).ok).toBe(true);
  });

  it('scopes a search to the article ids it found and records the query', async () => {
    const data = await buildSeedLibrary();
    const ids = [data.articles[1]!.id, data.articles[4]!.id];
    const backup = createBackup(data, { now: at(1000), scope: { kind: 'search', query: 'thủy điện', articleIds: ids } });
    expect(backup.scope).toEqual({ kind: 'search', query: 'thủy điện' });
    expect(backup.articles.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(backup.collections).toEqual([]);
    expect(parseBackup(serializeBackup(backup)).ok).toBe(true);
  });
});
