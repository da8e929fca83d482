import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../../src/core/backup';
import { buildSeedBackup } from '../../../fixtures/backup/seed-library';

const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/export.ts', ...args], { cwd: join(import.meta.dirname, '../../../..') });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

const dir = mkdtempSync(join(tmpdir(), 'dossier-export-'));
const backupPath = join(dir, 'backup.json');
writeFileSync(backupPath, serializeBackup(await buildSeedBackup()));

describe('npm run export', () => {
  it('writes a format into the output folder, creating it', async () => {
    const out = join(dir, 'csv-out', 'nested');
    const result = await run(backupPath, '--format', 'csv', '--out', out);
    expect(result).toMatchObject({ code: 0, stdout: expect.stringContaining('Wrote 4 files') });
    expect(readdirSync(out).sort()).toEqual(['annotations.csv', 'articles.csv', 'entities.csv', 'mentions.csv']);
  }, 120_000);

  it('writes the HTML report and the JSON backup with the same code as the extension', async () => {
    const out = join(dir, 'all');
    expect((await run(backupPath, '--format', 'html,json', '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'report', 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readFileSync(join(out, 'json', 'dossier-backup.json'), 'utf8')).toBe(readFileSync(backupPath, 'utf8'));
  }, 120_000);

  it('exits 2 with the reason for a malformed backup', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "dossier-backup", "version": 9}');
    const result = await run(bad, '--format', 'md', '--out', join(dir, 'x'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/version 9, made by a newer Dossier/);
  }, 120_000);

  it('exits 1 for bad arguments', async () => {
    for (const args of [[backupPath, '--format', 'pdf', '--out', dir], [backupPath, '--format', 'md'], ['--format', 'md', '--out', dir], [join(dir, 'missing.json'), '--format', 'md', '--out', dir]]) {
      const result = await run(...args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toMatch(/Usage: npm run -s export|Cannot read/);
    }
  }, 120_000);
});
