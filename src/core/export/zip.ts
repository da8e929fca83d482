/** Several exported files as one zip, for a single download. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './types';

/** Options for `zipFiles`. */
export type ZipOptions = {
  /** The files' modification time (the export time, so that the same export gives the same zip). */
  mtime?: Date | string;
  /** Deflate level: 0 stores, 9 compresses most; 1 by default (text still shrinks about 8 times, at a fraction of the time of level 6). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
};

/** A zip of `files`, text stored as UTF-8 (paths too, with the zip's UTF-8 flag). */
export function zipFiles(files: readonly ExportFile[], options: ZipOptions = {}): Uint8Array {
  // No prototype: a file could be named after one of its properties.
  const entries = Object.create(null) as Zippable;
  for (const file of files) {
    if (file.path in entries) throw new Error(`Two exported files are both named ${file.path}.`);
    entries[file.path] = typeof file.content === 'string' ? strToU8(file.content) : file.content;
  }
  return zipSync(entries, { level: options.level ?? 1, mtime: options.mtime ?? new Date('2000-01-01T00:00:00Z') });
}
