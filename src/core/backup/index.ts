/** The backup format: making, reading and importing Dossier's lossless JSON export. */
export { createBackup, serializeBackup, type CreateBackupOptions } from './create';
export { parseBackup, type ParseBackupOptions, type ParseBackupResult } from './parse';
export { planImport, type ExistingLibrary, type ImportConflict, type ImportPlan, type MatchReason, type Remap, type TableStats } from './plan';
export { selectScope } from './scope';
export { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, TABLES, type Backup, type BackupScope, type LibraryData, type ScopeRequest, type TableName } from './types';
