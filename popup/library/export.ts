/** Exporting from the library page: the scope the analyst is looking at, to the chosen formats, as one download. */
import { createBackup, type ScopeRequest } from '../../src/core/backup';
import { exportAll, zipBlobNative, type ExportFormat, type ExportProgress } from '../../src/core/export';
import { readScope } from '../../src/db/backup';
import { db } from '../shared/db';
import { ZipPipeline } from './zip-pipeline';

/** Hand the browser a file to save. */
export function download(name: string, content: string | Uint8Array | Blob, type: string): void {
  const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** An export, ready to download: one file as itself, several as one zip. */
export type Exported = { name: string; content: string | Uint8Array | Blob; type: string; files: number };

/** Export `scope` to `formats`; several formats are zipped (in a worker) while they are written. */
export async function exportScope(scope: ScopeRequest, formats: readonly ExportFormat[], locale: 'vi' | 'en', onProgress?: (p: ExportProgress) => void, now = new Date()): Promise<Exported> {
  const backup = createBackup(await readScope(db, scope), { now, scope });
  const pipeline = formats.length > 1 ? new ZipPipeline() : null;
  const files = await exportAll(backup, formats, { window, locale, onProgress, onFiles: pipeline ? (f) => pipeline.add(f) : undefined });
  const stamp = now.toISOString().slice(0, 10);
  if (files.length === 1 && !pipeline) {
    const file = files[0]!;
    return { name: file.path.split('/').pop()!, content: file.content, type: file.mediaType, files: 1 };
  }
  const zip = pipeline ? await pipeline.finish({ mtime: now }) : await zipBlobNative(files, { mtime: now });
  return { name: `dossier-${formats.length === 1 ? formats[0] : 'export'}-${stamp}.zip`, content: zip, type: 'application/zip', files: files.length };
}

/** Export and download. Returns the downloaded file name. */
export async function exportAndDownload(scope: ScopeRequest, formats: ExportFormat[], locale: 'vi' | 'en', onProgress: (p: ExportProgress) => void): Promise<string> {
  const exported = await exportScope(scope, formats, locale, onProgress);
  download(exported.name, exported.content, exported.type);
  return exported.name;
}
