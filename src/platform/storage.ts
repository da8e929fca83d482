/** Room to write: telling a full disk from other write failures, and refusing writes that could not fit (pages and the service worker alike). */
import { AppFailure, isStorageFull } from '../messages/result';

/** Room kept free beyond the write itself (the search index and the database's own files). */
const RESERVE_BYTES = 8 * 1024 * 1024;

/**
 * What a small edit is taken to write: a highlight with a full note (20,000 characters) and
 * quote (10,000), as UTF-16, with room to spare for the mentions a merge moves. With the
 * reserve, an edit needs about 9 MB free.
 */
export const EDIT_BYTES = 256 * 1024;

/**
 * True when a failed write of about `bytes` failed for lack of space: the error says so, or the
 * browser reports less room left than the write needed. The second test matters because a full
 * disk can abort a transaction with nothing more telling than "the transaction was aborted";
 * with `unlimitedStorage` the reported quota follows the disk, so quota - usage is the room left.
 */
export async function failedForSpace(err: unknown, bytes: number): Promise<boolean> {
  if (isStorageFull(err)) return true;
  const room = await roomLeft();
  return room !== null && room < bytes;
}

/** The room the browser reports for this origin (quota - usage), or null when it reports none (Node tests). */
export async function roomLeft(): Promise<number | null> {
  try {
    const { quota, usage } = await navigator.storage.estimate();
    return quota === undefined || usage === undefined ? null : quota - usage;
  } catch {
    return null;
  }
}

/**
 * The largest write that fits in the room the browser reports (Infinity when it reports none),
 * checked before writing. Why before: in Chromium a transaction that fails on a full disk can
 * take the whole database with it (seen in the full-disk test: after a refused import the
 * database was gone, clips stored before included), so a write that cannot fit must not be
 * tried at all. Stored text takes up to twice its length (UTF-16), and the database needs as
 * much again to write its log and compact: a write of n bytes needs 4n plus the reserve.
 */
export async function roomToWrite(): Promise<number> {
  const room = await roomLeft();
  return room === null ? Infinity : (room - RESERVE_BYTES) / 4;
}

/** Whether a write of about `bytes` fits in the room the browser reports (see `roomToWrite`). */
export async function roomFor(bytes: number): Promise<boolean> {
  return bytes <= (await roomToWrite());
}

/**
 * Refuse an edit of about `bytes` (EDIT_BYTES for the small ones) that does not fit, before
 * anything is written: throws `storage-low`, which the pages explain as "nothing was changed".
 */
export async function ensureRoom(bytes = EDIT_BYTES): Promise<void> {
  if (!(await roomFor(bytes))) throw new AppFailure('storage-low', 'The browser has no room left for Dossier’s data. Nothing was changed.');
}
