/** The JSON export: the backup itself, the lossless and re-importable format. */
import { serializeBackup } from '../backup/create';
import type { FormatDefinition } from './types';

/** The file name of a backup. */
export const BACKUP_FILE = 'dossier-backup.json';

/** Starts the JSON export: `dossier-backup.json`. Nothing to do per clip. */
export const jsonFormat: FormatDefinition = (view) => ({
  add() {},
  finish: () => [{ path: BACKUP_FILE, content: serializeBackup(view.backup), mediaType: 'application/json' }],
});
