/** Editing entities: rename, aliases and attributes; merging two into one; deleting. One transaction each. */
import { entityKeys } from '../core/entities';
import { fold, nfc, squash } from '../core/text/fold';
import { defaultEnv, type Env } from './articles';
import type { DossierDB } from './db';
import { EntityNotFoundError } from './entities';
import { cleanAliases, cleanName } from './entity-records';
import type { EntityRecord, MentionRecord } from './types';
import { mentionsOfEntity, putMentions, reviseMentions } from './mentions';

/** Thrown when a new name or alias is already another entity's: the analyst should merge them instead. */
export class EntityConflictError extends Error {
  constructor(
    /** The entity that already has the name. */
    readonly other: EntityRecord,
  ) {
    super(`“${other.name}” already has that name; merge the two instead.`);
  }
}

/** A change to an entity; absent fields are kept. An attribute set to null or '' is removed. */
export type EntityPatch = {
  name?: string;
  aliases?: readonly string[];
  attributes?: Record<string, string | number | null>;
};

async function liveEntity(db: DossierDB, id: string): Promise<EntityRecord> {
  const entity = await db.entities.get(id);
  if (!entity || entity.deletedAt || entity.mergedInto) throw new EntityNotFoundError(`No entity with id ${id}.`);
  return entity;
}

function mergeAttributes(base: EntityRecord['attributes'], patch: Record<string, string | number | null>): EntityRecord['attributes'] {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const clean = typeof value === 'string' ? squash(nfc(value)).slice(0, 2_000) : value;
    if (clean === null || clean === '') delete out[key];
    else out[key] = clean;
  }
  return out;
}

/** Rename an entity, replace its aliases or change attributes. The old name is kept as an alias on rename. */
export async function updateEntity(db: DossierDB, id: string, patch: EntityPatch, env: Env = defaultEnv): Promise<EntityRecord> {
  return db.transaction('rw', db.entities, async () => {
    const entity = await liveEntity(db, id);
    const name = patch.name === undefined ? entity.name : cleanName(patch.name);
    const wanted = patch.aliases ?? entity.aliases;
    // A renamed entity is still found under the name it had: articles keep saying it.
    const renamed = fold(name) !== fold(entity.name) && patch.aliases === undefined;
    const aliases = cleanAliases(name, renamed ? [...wanted, entity.name] : wanted);
    const keys = entityKeys(name, aliases);
    for (const key of keys) {
      const other = (await db.entities.where('keys').equals(key).toArray()).find((e) => e.id !== id && e.type === entity.type && !e.deletedAt && !e.mergedInto);
      if (other) throw new EntityConflictError(other);
    }
    const attributes = patch.attributes ? mergeAttributes(entity.attributes, patch.attributes) : entity.attributes;
    const updated: EntityRecord = { ...entity, name, aliases, keys, attributes, updatedAt: env.now().toISOString() };
    await db.entities.put(updated);
    return updated;
  });
}

/**
 * Merge `loserId` into `winnerId` (same type): the winner gains the loser's name and aliases
 * as aliases and any attribute it lacks; the loser's mentions and highlight tags move to the
 * winner (a mention the winner already has is dropped); the loser keeps `mergedInto` and
 * becomes a tombstone, so sync and backups can follow where it went.
 */
export async function mergeEntities(db: DossierDB, loserId: string, winnerId: string, env: Env = defaultEnv): Promise<EntityRecord> {
  if (loserId === winnerId) throw new Error('An entity cannot be merged into itself.');
  const now = env.now().toISOString();
  return db.transaction('rw', db.entities, db.articleMentions, db.annotations, async () => {
    const [loser, winner] = [await liveEntity(db, loserId), await liveEntity(db, winnerId)];
    if (loser.type !== winner.type) throw new Error('Only entities of the same kind can be merged.');
    const aliases = cleanAliases(winner.name, [...winner.aliases, loser.name, ...loser.aliases]);
    const attributes = { ...loser.attributes, ...winner.attributes };
    const merged: EntityRecord = { ...winner, aliases, keys: entityKeys(winner.name, aliases), attributes, updatedAt: now };
    await db.entities.put(merged);
    await db.entities.put({ ...loser, mergedInto: winner.id, deletedAt: now, updatedAt: now });
    // Entities merged into the loser earlier now point at the winner directly.
    await db.entities.filter((e) => e.mergedInto === loser.id).modify({ mergedInto: winner.id, updatedAt: now });

    const placeKey = (m: MentionRecord) => `${m.articleId}|${m.annotationId ?? ''}|${fold(m.role ?? '')}`;
    const winnerPlaces = new Set((await mentionsOfEntity(db, winner.id)).filter((m) => !m.deletedAt).map(placeKey));
    const moved: MentionRecord[] = [];
    for (const m of await mentionsOfEntity(db, loser.id)) {
      const duplicate = !m.deletedAt && winnerPlaces.has(placeKey(m));
      moved.push(duplicate ? { ...m, deletedAt: now, updatedAt: now } : { ...m, entityId: winner.id, updatedAt: now });
      if (!duplicate && !m.deletedAt) winnerPlaces.add(placeKey(m));
    }
    await putMentions(db, moved);
    await dropBareBesideRoles(db, winner.id, now);
    for (const a of await db.annotations.where('entityIds').equals(loser.id).toArray()) {
      const entityIds = [...new Set(a.entityIds.map((e) => (e === loser.id ? winner.id : e)))];
      await db.annotations.update(a.id, { entityIds, updatedAt: now });
    }
    return merged;
  });
}

/** A role-less mention beside mentions with roles in the same place says nothing more: drop it. */
async function dropBareBesideRoles(db: DossierDB, entityId: string, now: string): Promise<void> {
  const mentions = (await mentionsOfEntity(db, entityId)).filter((m) => !m.deletedAt);
  const withRoles = new Set(mentions.filter((m) => m.role !== null).map((m) => `${m.articleId}|${m.annotationId ?? ''}`));
  await reviseMentions(db, mentions.filter((m) => m.role === null && withRoles.has(`${m.articleId}|${m.annotationId ?? ''}`)), { deletedAt: now, updatedAt: now });
}

/** Delete an entity: it and its mentions become tombstones, and highlights lose the tag. */
export async function deleteEntity(db: DossierDB, id: string, env: Env = defaultEnv): Promise<void> {
  const now = env.now().toISOString();
  await db.transaction('rw', db.entities, db.articleMentions, db.annotations, async () => {
    await liveEntity(db, id);
    await db.entities.update(id, { deletedAt: now, updatedAt: now });
    await reviseMentions(db, (await mentionsOfEntity(db, id)).filter((m) => !m.deletedAt), { deletedAt: now, updatedAt: now });
    for (const a of await db.annotations.where('entityIds').equals(id).toArray()) {
      await db.annotations.update(a.id, { entityIds: a.entityIds.filter((e) => e !== id), updatedAt: now });
    }
  });
}
