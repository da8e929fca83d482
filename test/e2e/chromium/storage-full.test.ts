/**
 * A full disk: a clip and an import that do not fit fail with a clear message and leave the
 * database as it was; once there is room again, both work. With the disk full, the library
 * warns that space is low, small edits (a collection, a highlight with its note) are refused
 * with "nothing was changed", and the search indexer waits rather than write: the database,
 * clips stored before included, comes through intact.
 *
 * Why a full disk and not a CDP quota (Storage.overrideQuotaForOrigin): Dossier holds
 * `unlimitedStorage`, and Chromium does not enforce quota on such origins (measured: a 3 MB
 * write under a 1 MB override succeeds), so for Dossier's users "no room" means no disk space.
 * The profile lives on a small tmpfs, and a ballast file takes all but a little of it. Mounting
 * needs root (CI and the test machines run as root); elsewhere the test says why it is skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openChromiumPopup, type ChromiumSession } from '../../../scripts/lib/browsers';
import { serveDir, type SeedServer } from '../../../scripts/lib/serve';
import { createBackup, serializeBackup } from '../../../src/core/backup';
import { generateLibrary } from '../../../scripts/bench-export';
import { DIST_CHROME, SEEDS_DIR } from '../expectations';
import { digest, health, inExtension } from './faults';
import { clipSeed, openSeed } from './helpers';
import { SENTENCE, selectTextScript } from '../highlight-pages';
import { noise, noisyPage } from './pages';

const ROOT = process.getuid?.() === 0;
let mount: string;
let session: ChromiumSession;
let server: SeedServer;
let backup: string;
const ballast = () => join(mount, 'ballast');

beforeAll(async () => {
  if (!ROOT) return;
  mount = mkdtempSync(join(tmpdir(), 'dossier-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', mount]);
  backup = join(tmpdir(), `dossier-full-${process.pid}.json`);
  // Each clip gets 30,000 characters of hard-to-compress text after its own (its highlights stay in place).
  const data = generateLibrary(40);
  data.bodies.forEach((b, i) => {
    const extra = noise(i + 1, 30_000);
    Object.assign(b, { text: `${b.text}\n\n${extra}`, html: `${b.html}<p>${extra}</p>` });
  });
  writeFileSync(backup, serializeBackup(createBackup(data, { now: '2026-01-01T00:00:00Z' })));
  server = await serveDir(SEEDS_DIR);
  server.override('/big.html', noisyPage('full', 2_000_000));
  mkdirSync(join(mount, 'profile'));
  session = await launchChromium(DIST_CHROME, { profile: join(mount, 'profile') });
});
afterAll(async () => {
  if (!ROOT) return;
  await session?.close();
  await server?.close();
  rmSync(backup, { force: true });
  execFileSync('umount', [mount]);
  rmSync(mount, { recursive: true, force: true });
});

/** Leave about `bytes` free on the profile's disk. */
function fillDisk(bytes: number): void {
  const { bavail, bsize } = statfsSync(mount);
  writeFileSync(ballast(), Buffer.alloc(Math.max(0, bavail * bsize - bytes), 1));
}

async function clipBig(): Promise<{ page: Page; popup: Page }> {
  const page = await session.context.newPage();
  await page.goto(`${server.origin}/big.html`);
  const popup = await openChromiumPopup(session, page.url());
  await popup.getByTestId('clip-button').click();
  await popup.locator('[data-testid=clip-notice], [data-testid=clip-error]').first().waitFor({ timeout: 60_000 });
  return { page, popup };
}

async function importBackup(): Promise<Page> {
  const library = await session.context.newPage();
  await library.goto(`${session.origin}popup/library.html`);
  await library.getByRole('button', { name: 'Import' }).click();
  await library.getByTestId('import-file').setInputFiles(backup);
  await library.locator('[data-testid=import-report], [data-testid=import-error]').first().waitFor({ timeout: 60_000 });
  return library;
}

describe.skipIf(!ROOT)('a full disk (needs root to mount a small tmpfs)', () => {
  it('refuses a clip and an import with a clear message, changes nothing, and both work once there is room', async () => {
    await clipSeed(session, server, 'seed-dbp.html');
    // The indexer runs a moment after a clip: let it finish, so that only the faults could change the data.
    await expect.poll(async () => (await health(session)).queued, { timeout: 20_000 }).toBe(0);
    const before = await digest(session);

    fillDisk(1_000_000);
    const { page, popup } = await clipBig();
    expect(await popup.getByTestId('clip-error').innerText()).toMatch(/no room left/);
    // Chromium may refuse to open the database at all while the disk is full: compare once there is room.
    rmSync(ballast());
    expect(await digest(session)).toBe(before);

    fillDisk(1_000_000);
    const library = await importBackup();
    expect(await library.getByTestId('import-error').innerText()).toMatch(/no room left.*Nothing was imported/s);
    rmSync(ballast());
    expect(await digest(session)).toBe(before);
    await library.close();

    // With room again, the same clip and the same import work, from the pages already open.
    await popup.getByTestId('clip-button').click();
    await popup.getByTestId('clip-notice').waitFor({ timeout: 60_000 });
    const again = await importBackup();
    expect(await again.getByTestId('import-report').innerText()).toMatch(/40 new clips/);
    // Nothing stored before the disk filled is lost (the seed clip, the big clip and the 40 imported).
    expect(await health(session)).toMatchObject({ live: 42, problems: [] });
    console.log('[hardening] full disk (1 MB free): clip of a 2 MB page and import of 40 clips refused with "no room left", database unchanged, both work once there is room');
    await Promise.all([popup.close(), page.close(), again.close()]);
  });

  it('warns in the library, refuses edits with "nothing was changed", and the indexer waits: nothing is written, nothing lost', async () => {
    // The popup opens on a clipped page while there is room: its entity panel links the officials
    // it recognises (a write), so it is left to settle before the database is fingerprinted.
    const seed = await openSeed(session, server, 'seed-dbp.html');
    const popup = await openChromiumPopup(session, seed.url);
    const entities = popup.getByTestId('entities-panel');
    await entities.waitFor();
    await expect.poll(() => entities.innerText()).not.toMatch(/Reading this page/);
    // Run the indexer now (it also cancels a run the worker's start may have scheduled), then put an
    // article back in its queue, as a clip or a title edit does: the indexer has work when the disk fills.
    await session.worker.evaluate('globalThis.dossierTest.indexNow()');
    await inExtension(session, `new Promise((resolve, reject) => {
      const req = indexedDB.open('dossier');
      req.onsuccess = () => {
        const tx = req.result.transaction(['articles', 'searchQueue'], 'readwrite');
        const all = tx.objectStore('articles').getAll();
        all.onsuccess = () => tx.objectStore('searchQueue').put({ articleId: all.result[0].id, queuedAt: new Date().toISOString() });
        tx.oncomplete = () => (req.result.close(), resolve(true));
        tx.onerror = () => reject(tx.error);
      };
      req.onerror = () => reject(req.error);
    })`);
    expect(await health(session)).toMatchObject({ live: 42, queued: 1, problems: [] });
    const before = await digest(session);

    fillDisk(1_000_000);
    // The library warns, and says what to do.
    const library = await session.context.newPage();
    await library.goto(`${session.origin}popup/library.html`);
    const warning = library.getByTestId('storage-low');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/Space is running low\.\s+About \d+ MB is left for Dossier's data\. Export a backup now/);
    // A new collection (the library page's own write) is refused, and says nothing changed.
    await library.getByTestId('new-collection').fill('Dự án giao thông');
    await library.getByRole('button', { name: 'Add', exact: true }).click();
    const refusal = library.locator('.sidebar [role=alert].error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toBe("The browser has no room left for Dossier's data. Nothing was changed: free some disk space, then try again.");
    // A highlight with a note (the popup asks the background) is refused the same way.
    expect(await seed.page.evaluate(selectTextScript(SENTENCE))).toBe(true);
    await popup.locator('.hl-new [data-testid=hl-note]').fill('Số liệu giảm nghèo');
    await popup.getByTestId('hl-create').click();
    const hlError = popup.getByTestId('hl-error');
    await hlError.waitFor();
    expect(await hlError.innerText()).toMatch(/no room left for Dossier's data\. Nothing was changed/);
    // The indexer, run now, finds no room for even one article and writes nothing.
    await session.worker.evaluate('globalThis.dossierTest.indexNow()');

    rmSync(ballast());
    expect(await digest(session)).toBe(before);
    // The database is whole: every clip stored before, the article still queued (and so still found by search).
    expect(await health(session)).toMatchObject({ live: 42, queued: 1, problems: [] });
    // With room again, the indexer catches up.
    await session.worker.evaluate('globalThis.dossierTest.indexNow()');
    expect(await health(session)).toMatchObject({ live: 42, queued: 0, problems: [] });
    console.log('[hardening] full disk (1 MB free): library warned; a new collection and a highlight note refused with "nothing was changed"; indexer wrote nothing; database unchanged, 42 clips intact');
    await Promise.all([library.close(), popup.close(), seed.page.close()]);
  });
});
