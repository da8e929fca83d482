/**
 * Running the export formats over a backup: clip by clip, every format at once, reporting
 * progress and yielding to the event loop so a 1,000-clip export keeps the page alive.
 */
import type { Backup } from '../backup/types';
import { FORMAT_FOLDERS, FORMATS } from './formats';
import type { ExportContext, ExportFile, ExportFormat } from './types';
import { buildView } from './view';
import { timeSlicer } from './yield';

/** Progress of an export: `done` of `total` steps (one per clip and format, one per format to finish). */
export type ExportProgress = { done: number; total: number; format: ExportFormat; phase: 'clips' | 'finishing' };

/** Options for `exportAll`. */
export type ExportAllOptions = ExportContext & {
  /** Called after each step; cheap calls are fine, it is called often. */
  onProgress?: (progress: ExportProgress) => void;
  /** How to give the event loop a turn; by default a macrotask every 12 ms of work. */
  yieldNow?: () => Promise<void>;
  /** Given each format's files as soon as they are written, so they can be zipped meanwhile. */
  onFiles?: (files: ExportFile[]) => void;
  /** Put each format's files in its own folder; by default when there are several formats. */
  folders?: boolean;
};

/**
 * Export `backup` to `formats`, one format after the other (each format's files can be
 * compressed elsewhere while the next is written). One format's files keep their own paths;
 * several formats each go into their own folder ("csv/articles.csv", "markdown/…").
 */
export async function exportAll(backup: Backup, formats: readonly ExportFormat[], options: ExportAllOptions = {}): Promise<ExportFile[]> {
  const chosen = [...new Set(formats)];
  const yieldNow = options.yieldNow ?? timeSlicer();
  const view = buildView(backup);
  const total = (view.clips.length + 1) * chosen.length;
  let done = 0;
  const files: ExportFile[] = [];
  for (const format of chosen) {
    const writer = FORMATS[format](view, options);
    for (const clip of view.clips) {
      writer.add(clip);
      options.onProgress?.({ done: ++done, total, format, phase: 'clips' });
      await yieldNow();
    }
    const prefix = (options.folders ?? chosen.length > 1) ? `${FORMAT_FOLDERS[format]}/` : '';
    const own = writer.finish().map((f) => ({ ...f, path: prefix + f.path }));
    options.onProgress?.({ done: ++done, total, format, phase: 'finishing' });
    options.onFiles?.(own);
    files.push(...own);
    await yieldNow();
  }
  return files;
}

/** One format, synchronously (no yielding): for tests and small exports. */
export function exportFormat(backup: Backup, format: ExportFormat, context: ExportContext = {}): ExportFile[] {
  const view = buildView(backup);
  const writer = FORMATS[format](view, context);
  for (const clip of view.clips) writer.add(clip);
  return writer.finish();
}
