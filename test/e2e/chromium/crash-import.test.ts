/**
 * An import and an export cut off: the extension's process crashed, the library page closed,
 * or the service worker stopped while they run. The import runs in the library page, in one
 * transaction: the library holds all of the backup or none of it, and importing again works.
 * An export only reads: the database is unchanged, and exporting again works.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAR_DATABASE, launchChromium, type ChromiumSession } from '../../../scripts/lib/browsers';
import { createBackup, serializeBackup } from '../../../src/core/backup';
import { generateLibrary } from '../../../scripts/bench-export';
import { DIST_CHROME } from '../expectations';
import { crashExtension, digest, health, inExtension, openControl, sleep, stopWorker, wakeWorker, type Control } from './faults';

const CLIPS = 300;
let session: ChromiumSession;
let control: Control;
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
  file = join(dir, 'backup.json');
  writeFileSync(file, serializeBackup(createBackup(generateLibrary(CLIPS), { now: '2026-01-01T00:00:00Z' })));
  session = await launchChromium(DIST_CHROME);
  control = await openControl(session);
});
afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openLibrary(): Promise<Page> {
  const library = await session.context.newPage();
  await library.goto(`${session.origin}popup/library.html`);
  await library.getByRole('button', { name: 'Import' }).waitFor();
  return library;
}

/** Choose the backup in the library's Import panel (the import starts at once). */
async function startImport(library: Page): Promise<void> {
  await library.getByRole('button', { name: 'Import' }).click();
  await library.getByTestId('import-file').setInputFiles(file);
}

/** Import the backup with nothing in the way; returns the report the analyst reads. */
async function importAgain(): Promise<string> {
  const library = await openLibrary();
  await startImport(library);
  const report = library.getByTestId('import-report');
  await report.waitFor({ timeout: 90_000 });
  const text = await report.innerText();
  await library.close();
  return text;
}

const clear = () => inExtension<void>(session, CLEAR_DATABASE);

describe('import and export cut off', () => {
  it('an import holds all of the backup or none of it, and importing again works', async () => {
    await clear();
    const t0 = Date.now();
    expect(await importAgain()).toMatch(new RegExp(`${CLIPS} new clips`));
    const span = Date.now() - t0;
    expect(await health(session)).toMatchObject({ live: CLIPS, problems: [] });

    // Bisection on the fault time, as for the clip: faults close in on the import's commit.
    let [early, late] = [0, span];
    const results: string[] = [];
    const kinds = ['crash', 'close', 'crash', 'stop worker'] as const;
    for (const kind of kinds) {
      await clear();
      const library = await openLibrary();
      const delay = kind === 'stop worker' ? span / 2 : (early + late) / 2;
      await startImport(library);
      await sleep(delay);
      if (kind === 'crash') await crashExtension(control, session, library);
      else if (kind === 'close') await library.close();
      else {
        // The import runs in the page: a stopped worker does not stop it.
        expect(await stopWorker(control, session)).toBe(true);
        await library.getByTestId('import-report').waitFor({ timeout: 90_000 });
        await library.close();
      }
      expect(await wakeWorker(session)).toBe(true);
      const after = await health(session);
      expect(after.problems).toEqual([]);
      expect([0, CLIPS]).toContain(after.live);
      const complete = after.live === CLIPS;
      if (kind !== 'stop worker') [early, late] = complete ? [early, delay] : [delay, late];
      results.push(`${kind} at ${Math.round(delay)} ms: ${complete ? 'all' : 'none'}`);
      // Importing again completes the library, or finds it already complete.
      expect(await importAgain()).toMatch(complete ? /0 new clips, 0 updated/ : new RegExp(`${CLIPS} new clips`));
      expect(await health(session)).toMatchObject({ live: CLIPS, problems: [] });
    }
    console.log(`[hardening] import of ${CLIPS} clips (${span} ms undisturbed): ${results.join('; ')}; every retry complete, 0 records lost`);
  });

  it('an export cut off changes nothing, and exporting again works', async () => {
    const before = await digest(session);
    const exportAll = async (library: Page) => {
      await library.getByTestId('export-toggle').click();
      await library.getByTestId('format-md').check();
      await library.getByTestId('export-run').click();
    };
    const kinds = ['crash', 'close', 'stop worker'] as const;
    for (const kind of kinds) {
      const library = await openLibrary();
      await exportAll(library);
      await sleep(300);
      if (kind === 'crash') await crashExtension(control, session, library);
      else if (kind === 'close') await library.close();
      else {
        expect(await stopWorker(control, session)).toBe(true);
        await library.close();
      }
      expect(await wakeWorker(session)).toBe(true);
      expect(await digest(session)).toBe(before);
    }
    const library = await openLibrary();
    const [download] = await Promise.all([library.waitForEvent('download', { timeout: 90_000 }), exportAll(library)]);
    const zip = unzipSync(readFileSync((await download.path())!));
    expect(JSON.parse(strFromU8(zip['json/dossier-backup.json']!)).articles).toHaveLength(CLIPS);
    expect(await digest(session)).toBe(before);
    console.log(`[hardening] export of ${CLIPS} clips cut off ${kinds.length} times (${kinds.join(', ')}): database unchanged, the next export complete`);
    await library.close();
  });
});
