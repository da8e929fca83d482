/** Messages between the library page and its zip worker. */
import type { Packed } from '../../src/core/export/zip-native';

/** Files to deflate. */
export type ZipJob = { id: number; files: Array<{ path: string; content: string | Uint8Array }> };
/** The deflated entries of one job, or why it failed. */
export type ZipReply = { id: number; entries: Array<{ path: string; packed: Packed }> } | { id: number; error: string };
