/** Importing a backup file into the library: parse and check it, plan the merge, apply it in one transaction. */
import { MAX_BACKUP_BYTES, parseBackup, planImport, type ImportPlan } from '../../src/core/backup';
import { applyImport, readLibraryForImport } from '../../src/db/backup';
import { db } from '../shared/db';
import { failedForSpace, roomFor } from '../../src/platform/storage';
import { t } from '../../src/platform/i18n';

/** The outcome of an import: what was done, or why nothing was. */
export type ImportOutcome = { ok: true; plan: ImportPlan } | { ok: false; message: string };

/** Import `file`: a malformed or hostile file changes nothing and says why. */
export async function importFile(file: File): Promise<ImportOutcome> {
  // Refuse an oversized file before reading it into memory at all.
  if (file.size > MAX_BACKUP_BYTES) {
    return { ok: false, message: `The file is ${Math.round(file.size / 1048576)} MB; backups above ${MAX_BACKUP_BYTES / 1048576} MB are refused. Nothing was imported.` };
  }
  const parsed = parseBackup(new Uint8Array(await file.arrayBuffer()));
  if (!parsed.ok) return { ok: false, message: `${parsed.error} Nothing was imported.` };
  const plan = planImport(await readLibraryForImport(db), parsed.backup);
  if (!(await roomFor(file.size))) return { ok: false, message: t('importNoRoom') };
  try {
    await applyImport(db, plan);
  } catch (err) {
    if (await failedForSpace(err, file.size)) return { ok: false, message: t('importNoRoom') };
    return { ok: false, message: `The import failed and nothing was changed: ${err instanceof Error ? err.message : String(err)}` };
  }
  return { ok: true, plan };
}
