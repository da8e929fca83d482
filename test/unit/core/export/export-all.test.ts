import { JSDOM } from 'jsdom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../../src/core/backup';
import { EXPORT_FORMATS, exportAll, zipFiles, type ExportProgress, type SanitizeWindow } from '../../../../src/core/export';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

const window = new JSDOM('').window as unknown as SanitizeWindow;
const backup = await buildSeedBackup();

describe('exportAll', () => {
  it('puts each format in its own folder and reports progress up to the total', async () => {
    const progress: ExportProgress[] = [];
    let turns = 0;
    const files = await exportAll(backup, EXPORT_FORMATS, { window, onProgress: (p) => progress.push(p), yieldNow: async () => void turns++ });
    expect(files.map((f) => f.path.split('/')[0])).toEqual(expect.arrayContaining(['json', 'csv', 'markdown', 'web-annotation', 'zotero', 'report', 'graph']));
    const last = progress[progress.length - 1]!;
    expect(last.done).toBe(last.total);
    expect(last.total).toBe((6 + 1) * EXPORT_FORMATS.length);
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i + 1));
    expect(turns).toBe((6 + 1) * EXPORT_FORMATS.length);
  });

  it('hands over each format\'s files as soon as they are written, the same files it returns', async () => {
    const handed: string[][] = [];
    const files = await exportAll(backup, ['json', 'md', 'csv'], { window, onFiles: (f) => handed.push(f.map((x) => x.path)) });
    expect(handed.map((paths) => paths[0]!.split('/')[0])).toEqual(['json', 'markdown', 'csv']);
    expect(handed.flat()).toEqual(files.map((f) => f.path));
  });

  it('keeps a single format at the top level; its JSON re-imports as the same backup', async () => {
    const [file] = await exportAll(backup, ['json']);
    expect(file!.path).toBe('dossier-backup.json');
    const parsed = parseBackup(file!.content as string);
    expect(parsed.ok && parsed.backup).toEqual(backup);
  });
});

describe('zipFiles', () => {
  it('zips files with UTF-8 names and contents, the same bytes for the same export', async () => {
    const files = await exportAll(backup, ['md', 'csv']);
    const zip = zipFiles(files, { mtime: backup.exportedAt });
    expect(zipFiles(files, { mtime: backup.exportedAt })).toEqual(zip);
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(files.map((f) => f.path).sort());
    const md = files.find((f) => f.path.startsWith('markdown/'))!;
    expect(strFromU8(entries[md.path]!)).toBe(md.content);
  });

  it('refuses two files with one name', () => {
    const file = { path: 'a.csv', content: 'x', mediaType: 'text/csv' };
    expect(() => zipFiles([file, file])).toThrow(/both named a\.csv/);
  });
});
