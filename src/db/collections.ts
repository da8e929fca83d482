/** Collections and memberships. Deleting a collection keeps its clips; removals are tombstones so sync can merge them. */
import { Dexie } from 'dexie';
import { nfc, squash } from '../core/text/fold';
import type { DossierDB } from './db';
import { defaultEnv, type Env } from './articles';
import type { CollectionRecord } from './types';

/** A collection with the number of live clips in it. */
export type CollectionSummary = CollectionRecord & { count: number };

/** A collection name that cannot be used (empty, or too long). */
export class CollectionNameError extends Error {}
/** The collection was deleted (in another tab, or by an import) or never existed. */
export class CollectionNotFoundError extends Error {
  constructor() {
    super('That collection no longer exists.');
  }
}

function cleanName(name: string): string {
  const clean = squash(nfc(name));
  if (!clean) throw new CollectionNameError('A collection needs a name.');
  if (clean.length > 200) throw new CollectionNameError('A collection name is at most 200 characters.');
  return clean;
}

/** Create a collection. */
export async function createCollection(db: DossierDB, name: string, env: Env = defaultEnv): Promise<CollectionRecord> {
  const now = env.now().toISOString();
  const record: CollectionRecord = { id: env.newId(), name: cleanName(name), description: '', createdAt: now, updatedAt: now, deletedAt: null };
  await db.collections.add(record);
  return record;
}

/** Create a collection holding these clips: both or neither (one transaction). */
export async function createCollectionWith(db: DossierDB, name: string, articleIds: string[], env: Env = defaultEnv): Promise<CollectionRecord> {
  return db.transaction('rw', db.collections, db.memberships, async () => {
    const record = await createCollection(db, name, env);
    await setMembership(db, record.id, articleIds, true, env);
    return record;
  });
}

/** Rename a collection. */
export async function renameCollection(db: DossierDB, id: string, name: string, env: Env = defaultEnv): Promise<void> {
  const changed = await db.collections.where('id').equals(id).filter((c) => !c.deletedAt).modify({ name: cleanName(name), updatedAt: env.now().toISOString() });
  if (!changed) throw new CollectionNotFoundError();
}

/** Delete a collection and its memberships (tombstones); the clips stay in the library. */
export async function deleteCollection(db: DossierDB, id: string, env: Env = defaultEnv): Promise<void> {
  const now = env.now().toISOString();
  await db.transaction('rw', db.collections, db.memberships, async () => {
    await db.collections.update(id, { deletedAt: now, updatedAt: now });
    await db.memberships.where('collectionId').equals(id).filter((m) => !m.deletedAt).modify({ deletedAt: now, updatedAt: now });
  });
}

/** Put clips in a collection or take them out (idempotent; a removed membership is revived on re-add). */
export async function setMembership(db: DossierDB, collectionId: string, articleIds: string[], member: boolean, env: Env = defaultEnv): Promise<void> {
  const now = env.now().toISOString();
  await db.transaction('rw', db.collections, db.memberships, async () => {
    const collection = await db.collections.get(collectionId);
    if (!collection || collection.deletedAt) throw new CollectionNotFoundError();
    for (const articleId of articleIds) {
      const existing = await db.memberships.where('[collectionId+articleId]').equals([collectionId, articleId]).first();
      if (member) {
        if (existing && !existing.deletedAt) continue;
        if (existing) await db.memberships.update(existing.id, { deletedAt: null, updatedAt: now });
        else await db.memberships.add({ id: env.newId(), collectionId, articleId, createdAt: now, updatedAt: now, deletedAt: null });
      } else if (existing && !existing.deletedAt) {
        await db.memberships.update(existing.id, { deletedAt: now, updatedAt: now });
      }
    }
    await db.collections.update(collectionId, { updatedAt: now });
  });
}

/** Live collections by name, with their clip counts (index counts: all memberships minus tombstones). */
export async function listCollections(db: DossierDB): Promise<CollectionSummary[]> {
  const collections = await db.collections.filter((c) => !c.deletedAt).toArray();
  const counts = await Promise.all(
    collections.map(async (c) => {
      const [all, removed] = await Promise.all([
        db.memberships.where('collectionId').equals(c.id).count(),
        db.memberships.where('[collectionId+deletedAt]').between([c.id, Dexie.minKey], [c.id, Dexie.maxKey]).count(),
      ]);
      return all - removed;
    }),
  );
  return collections.map((c, i) => ({ ...c, count: counts[i]! })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Ids of the collections a clip is in. */
export async function collectionsOf(db: DossierDB, articleId: string): Promise<string[]> {
  return (await db.memberships.where('articleId').equals(articleId).filter((m) => !m.deletedAt).toArray()).map((m) => m.collectionId);
}
