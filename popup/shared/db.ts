/** The database as extension pages (library, stored copy, entity pages) open it: the same origin as the background. */
import { DossierDB } from '../../src/db/db';
import { ensureRoom } from '../../src/platform/storage';

export const db = new DossierDB();

/**
 * Run one of a page's own writes (a small edit: a collection, a tag, a highlight, an entity)
 * once the browser reports room for it; otherwise it is refused with `storage-low` before
 * anything is written, as the background does for the edits it makes (see ensureRoom).
 */
export async function edit<T>(write: () => Promise<T>): Promise<T> {
  await ensureRoom();
  return write();
}
