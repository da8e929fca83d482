/**
 * The export pipeline where no worker can start (as here in Node): formats meant for a worker
 * are written and deflated on the page instead, and the zip holds exactly what exportAll writes.
 */
import { JSDOM } from 'jsdom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportAll, type SanitizeWindow } from '../../../src/core/export';
import { ZipPipeline } from '../../../popup/library/zip-pipeline';
import { buildSeedBackup } from '../../fixtures/backup/seed-library';

const window = new JSDOM('').window as unknown as SanitizeWindow;
const backup = await buildSeedBackup();
const text = (content: string | Uint8Array) => (typeof content === 'string' ? content : strFromU8(content));

describe('ZipPipeline without workers', () => {
  it('writes worker formats on the page and zips every file exactly as exportAll writes it', async () => {
    expect(typeof Worker).toBe('undefined');
    const pipeline = new ZipPipeline();
    const steps: number[] = [];
    const remote = pipeline.addFormats({ backup, formats: ['json', 'md'], locale: 'vi', onProgress: (done) => steps.push(done) });
    const onPage = await exportAll(backup, ['html'], { window, folders: true, onFiles: (f) => pipeline.add(f) });
    const count = (await remote) + onPage.length;
    const zip = unzipSync(new Uint8Array(await (await pipeline.finish()).arrayBuffer()));

    const expected = await exportAll(backup, ['json', 'md', 'html'], { window });
    expect(count).toBe(expected.length);
    expect(Object.keys(zip).sort()).toEqual(expected.map((f) => f.path).sort());
    for (const f of expected) expect(strFromU8(zip[f.path]!), f.path).toBe(text(f.content));
    // Progress counts every step of both formats: each clip, and each format's finish.
    expect(steps.at(-1)).toBe((backup.articles.filter((a) => !a.deletedAt).length + 1) * 2);
  });
});
