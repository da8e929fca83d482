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
