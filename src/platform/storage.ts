/** Telling a full disk from other write failures (pages and the service worker alike). */
import { isStorageFull } from '../messages/result';

/**
 * True when a failed write of about `bytes` failed for lack of space: the error says so, or the
 * browser reports less room left than the write needed. The second test matters because a full
 * disk can abort a transaction with nothing more telling than "the transaction was aborted";
 * with `unlimitedStorage` the reported quota follows the disk, so quota - usage is the room left.
 */
export async function failedForSpace(err: unknown, bytes: number): Promise<boolean> {
  if (isStorageFull(err)) return true;
  try {
    const { quota, usage } = await navigator.storage.estimate();
    return quota !== undefined && usage !== undefined && quota - usage < bytes;
  } catch {
    return false; // no estimate (Node tests): the error alone decides
  }
}

/**
 * Whether a write of about `bytes` fits in the room the browser reports, checked before writing.
 * Why before: in Chromium a transaction that fails on a full disk can take the whole database
 * with it (seen in the full-disk test: after a refused import the database was gone, clips
 * stored before included), so a write that cannot fit must not be tried at all. Stored text
 * takes up to twice its length (UTF-16), and the database needs as much again to write its log
 * and compact. Unknown room (no estimate) lets the write go ahead.
 */
export async function roomFor(bytes: number): Promise<boolean> {
  try {
    const { quota, usage } = await navigator.storage.estimate();
    if (quota === undefined || usage === undefined) return true;
    return quota - usage >= bytes * 4 + RESERVE_BYTES;
  } catch {
    return true;
  }
}

/** Room kept free beyond the write itself (the search index and the database's own files). */
const RESERVE_BYTES = 8 * 1024 * 1024;
