/** Importing a backup file into the library: parse and check it, plan the merge, apply it in one transaction. */
import { MAX_BACKUP_BYTES, parseBackup, planImport, type ImportPlan } from '../../src/core/backup';
import { applyImport, readLibraryForImport } from '../../src/db/backup';
import { db } from '../shared/db';
import { failedForSpace, roomFor } from '../../src/platform/storage';
import { t } from '../../src/platform/i18n';

/** The outcome of an import: what was done, or why nothing was. */
export type ImportOutcome = { ok: true; plan: ImportPlan } | { ok: false; message: string };

/** Where an import's time went, in ms (filled in for the benchmark). */
export type ImportTimings = { read?: number; parse?: number; plan?: number; apply?: number };

/** Import `file`: a malformed or hostile file changes nothing and says why. */
export async function importFile(file: File, timings: ImportTimings = {}, options: { index?: boolean; maxBytes?: number } = {}): Promise<ImportOutcome> {
  const maxBytes = options.maxBytes ?? MAX_BACKUP_BYTES;
  // Refuse an oversized file before reading it into memory at all.
  if (file.size > maxBytes) {
    return { ok: false, message: `The file is ${Math.round(file.size / 1048576)} MB; backups above ${maxBytes / 1048576} MB are refused. Nothing was imported.` };
  }
  let at = performance.now();
  const lap = (key: keyof ImportTimings) => {
    const now = performance.now();
    timings[key] = now - at;
    at = now;
  };
  const bytes = new Uint8Array(await file.arrayBuffer());
  lap('read');
  const parsed = parseBackup(bytes, { maxBytes });
  lap('parse');
  if (!parsed.ok) return { ok: false, message: `${parsed.error} Nothing was imported.` };
  const plan = planImport(await readLibraryForImport(db), parsed.backup);
  lap('plan');
  if (!(await roomFor(file.size))) return { ok: false, message: t('importNoRoom') };
  try {
    await applyImport(db, plan, { index: options.index });
    lap('apply');
    return { ok: true, plan };
  } catch (err) {
    if (await failedForSpace(err, file.size)) return { ok: false, message: t('importNoRoom') };
    return { ok: false, message: `The import failed and nothing was changed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
