/** Messages between the library page and its export workers. */
import type { Backup } from '../../src/core/backup';
import type { ExportFormat, ExportLocale } from '../../src/core/export';
import type { Packed } from '../../src/core/export/zip-native';

/** One zip entry, deflated. */
export type PackedEntry = { path: string; packed: Packed };

/** Files to deflate. */
export type PackJob = { id: number; files: Array<{ path: string; content: string | Uint8Array }> };
/** Formats to write from a backup (each into its folder) and deflate; none of them may need a DOM. */
export type FormatsJob = { id: number; backup: Backup; formats: ExportFormat[]; locale: ExportLocale };
export type ZipJob = PackJob | FormatsJob;

/**
 * The deflated entries of one job (a formats job: each format's, in the order asked, and how
 * many files), or why it failed; a formats job also sends progress (steps done so far) first.
 */
export type ZipReply =
  | { id: number; entries: PackedEntry[] }
  | { id: number; byFormat: PackedEntry[][] }
  | { id: number; progress: number }
  | { id: number; error: string };
