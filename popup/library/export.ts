/** Exporting from the library page: the scope the analyst is looking at, to the chosen formats, as one download. */
import { createBackup, type ScopeRequest } from '../../src/core/backup';
import { exportAll, zipFilesNative, type ExportFormat, type ExportProgress } from '../../src/core/export';
import { readScope } from '../../src/db/backup';
import { db } from '../shared/db';

/** Hand the browser a file to save. */
export function download(name: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Export and download; one file downloads as itself, several as one zip. Returns the downloaded file name. */
export async function exportAndDownload(scope: ScopeRequest, formats: ExportFormat[], locale: 'vi' | 'en', onProgress: (p: ExportProgress) => void): Promise<string> {
  const now = new Date();
  const backup = createBackup(await readScope(db, scope), { now, scope });
  const files = await exportAll(backup, formats, { window, locale, onProgress });
  const stamp = now.toISOString().slice(0, 10);
  if (files.length === 1) {
    const [file] = files;
    const name = file!.path.split('/').pop()!;
    download(name, file!.content, file!.mediaType);
    return name;
  }
  const name = `dossier-${formats.length === 1 ? formats[0] : 'export'}-${stamp}.zip`;
  download(name, await zipFilesNative(files, { mtime: now }), 'application/zip');
  return name;
}
