/** Export formats: pure functions from a backup to files, shared by the extension and the export command. */
export { exportAll, exportFormat, type ExportAllOptions, type ExportProgress } from './export-all';
export { FORMAT_FOLDERS, FORMATS } from './formats';
export { csvCell, csvFile } from './csv-write';
export { safeFileName, UniqueNames } from './file-name';
export { BACKUP_FILE } from './json';
export { EXPORT_FORMATS, type ExportContext, type ExportFile, type ExportFormat, type ExportLocale, type FormatDefinition, type FormatWriter, type SanitizeWindow } from './types';
export { buildView, type ClipView, type ExportView } from './view';
export { zipFiles, type ZipOptions } from './zip';
export { zipBlobNative, zipFilesNative } from './zip-native';
