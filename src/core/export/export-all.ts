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
};

/**
 * Export `backup` to `formats`. One format's files keep their own paths; several formats
 * each go into their own folder ("csv/articles.csv", "markdown/…"), ready for `zipFiles`.
 */
export async function exportAll(backup: Backup, formats: readonly ExportFormat[], options: ExportAllOptions = {}): Promise<ExportFile[]> {
  const chosen = [...new Set(formats)];
  const yieldNow = options.yieldNow ?? timeSlicer();
  const view = buildView(backup);
  const writers = chosen.map((format) => ({ format, writer: FORMATS[format](view, options) }));
  const total = (view.clips.length + 1) * writers.length;
  let done = 0;
  for (const clip of view.clips) {
    for (const { format, writer } of writers) {
      writer.add(clip);
      options.onProgress?.({ done: ++done, total, format, phase: 'clips' });
    }
    await yieldNow();
  }
  const files: ExportFile[] = [];
  for (const { format, writer } of writers) {
    const own = writer.finish();
    options.onProgress?.({ done: ++done, total, format, phase: 'finishing' });
    const prefix = chosen.length > 1 ? `${FORMAT_FOLDERS[format]}/` : '';
    files.push(...own.map((f) => ({ ...f, path: prefix + f.path })));
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
