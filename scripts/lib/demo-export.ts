/**
 * The demo's collection: the clips about Điện Biên province, gathered in a collection on the
 * library page and exported from there in every format (the extension's own export and zip),
 * then unpacked into out/demo-export/ with the backup also at out/demo-backup.json, so a new
 * user sees what each format looks like.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { EXPORT_FORMATS } from '../../src/core/export';
import type { ChromiumSession } from './browsers';

export const DEMO_COLLECTION = 'Tỉnh Điện Biên';
// Titles of the seed clips about the province (Mường Chà is one of its districts).
const IN_PROVINCE = /Điện Biên|Mường Chà/;

/** Gather, export and unpack; returns the paths written, relative to `out`. */
export async function exportDemoCollection(session: ChromiumSession, out: string): Promise<string[]> {
  const library = await session.context.newPage();
  try {
    await library.goto(`${session.origin}popup/library.html`);
    await library.getByTestId('clip-list').locator('li').first().waitFor();
    await library.getByTestId('new-collection').fill(DEMO_COLLECTION);
    await library.getByTestId('new-collection').press('Enter');
    await library.getByRole('button', { name: /All clips|Tất cả/ }).click();
    const rows = library.getByTestId('clip-list').locator('li').filter({ hasText: IN_PROVINCE });
    await rows.first().waitFor();
    const count = await rows.count();
    for (let i = 0; i < count; i++) await rows.nth(i).locator('input[type=checkbox]').check();
    await library.getByTestId('add-to-collection').selectOption({ label: DEMO_COLLECTION });
    await library.getByRole('button', { name: new RegExp(`${DEMO_COLLECTION}\\s*${count}`) }).click();

    await library.getByTestId('export-toggle').click();
    for (const format of EXPORT_FORMATS) await library.getByTestId(`format-${format}`).check();
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-run').click()]);
    const zip = unzipSync(readFileSync((await download.path())!));

    const dir = join(out, 'demo-export');
    rmSync(dir, { recursive: true, force: true });
    const written: string[] = [];
    for (const [path, bytes] of Object.entries(zip)) {
      const target = resolve(dir, path);
      if (!target.startsWith(dir + sep)) throw new Error(`The export names a file outside its folder: ${path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, bytes);
      written.push(`demo-export/${path}`);
    }
    writeFileSync(join(out, 'demo-backup.json'), zip['json/dossier-backup.json']!);
    return ['demo-backup.json', ...written.sort()];
  } finally {
    await library.close();
  }
}
