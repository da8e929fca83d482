/** An official's several positions in one article survive a backup: restore and merge keep one mention per position. */
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createBackup, planImport } from '../../../src/core/backup';
import { saveClip } from '../../../src/db/articles';
import { applyImport, readLibrary, readLibraryForImport } from '../../../src/db/backup';
import { tagArticle } from '../../../src/db/entities';
import { article, freshDb } from '../../helpers/db';
import { allMentions } from '../../../src/db/mentions';

const uuidEnv = (start: string) => {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)), newId: () => crypto.randomUUID() };
};

describe('entities in backups', () => {
  it('restores every position of an official in an article, and re-importing changes nothing', async () => {
    const source = freshDb(Infinity, new IDBFactory());
    const env = uuidEnv('2026-01-01T00:00:00.000Z');
    const { article: a } = await saveClip(source, { article: article(), contentHash: 'h' }, env);
    await tagArticle(source, a.id, { type: 'official', name: 'Trần Quốc Cường', roles: ['Bí thư Tỉnh ủy', 'Ủy viên Trung ương Đảng'] }, env);
    const backup = createBackup(await readLibrary(source), { now: new Date('2026-02-01T00:00:00.000Z') });

    const target = freshDb(Infinity, new IDBFactory());
    await applyImport(target, planImport(await readLibraryForImport(target), backup));
    expect((await allMentions(target)).map((m) => m.role).sort()).toEqual(['Bí thư Tỉnh ủy', 'Ủy viên Trung ương Đảng']);

    const again = planImport(await readLibraryForImport(target), backup);
    expect(again.puts.mentions).toEqual([]);
  });
});
