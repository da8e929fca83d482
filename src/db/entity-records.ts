/**
 * Building blocks of the entity writes in ./entities.ts and ./entity-edit.ts. Each must run
 * inside a transaction the caller opened over the tables it touches.
 */
import { entityKeys } from '../core/entities';
import { fold, nfc, squash } from '../core/text/fold';
import type { DossierDB } from './db';
import type { DismissalRecord, EntityRecord, EntityType, MentionOrigin, MentionRecord } from './types';
import { mentionsOf, putMentions, reviseMentions } from './mentions';

/** Longest name or role kept (a backup allows 500; a longer "name" is a mis-selection). */
export const MAX_NAME = 300;

const live = <T extends { deletedAt: string | null }>(r: T | undefined): r is T => !!r && !r.deletedAt;

/** Thrown for a name that is empty once cleaned. */
export class EntityInputError extends Error {}

/** A name or role as stored: NFC, whitespace collapsed, capped. */
export function cleanName(name: string): string {
  const clean = squash(nfc(name)).slice(0, MAX_NAME).trim();
  if (!clean) throw new EntityInputError('An entity needs a name.');
  return clean;
}

/** Roles as stored: cleaned, without empty ones or repeats of the same fold (Ủy/Uỷ are one role). */
export function cleanRoles(roles: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const role of roles) {
    const clean = squash(nfc(role)).slice(0, MAX_NAME).trim();
    if (clean && !seen.has(fold(clean))) seen.set(fold(clean), clean);
  }
  return [...seen.values()].slice(0, 20);
}

/** Aliases as stored: cleaned, none folding like the name or like each other. */
export function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const taken = new Set([fold(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const clean = squash(nfc(alias)).slice(0, MAX_NAME).trim();
    if (!clean || taken.has(fold(clean))) continue;
    taken.add(fold(clean));
    out.push(clean);
  }
  return out.slice(0, 50);
}

/** The live entity `id` stands for: itself, or the one it was merged into (followed to the end). */
export async function survivorOf(db: DossierDB, id: string): Promise<EntityRecord | undefined> {
  let entity = await db.entities.get(id);
  for (let hops = 0; entity?.mergedInto && hops < 10; hops++) entity = await db.entities.get(entity.mergedInto);
  return live(entity) && !entity.mergedInto ? entity : undefined;
}

/** The live entity of `type` whose name or an alias folds to `key` (the oldest, if several do). */
export async function findEntityByKey(db: DossierDB, type: EntityType, key: string): Promise<EntityRecord | undefined> {
  const candidates = await db.entities.where('keys').equals(key).toArray();
  candidates.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  for (const candidate of candidates) {
    if (candidate.type !== type) continue;
    const entity = await survivorOf(db, candidate.id);
    if (entity) return entity;
  }
  return undefined;
}

/** A new entity record (not yet stored). */
export function newEntity(type: EntityType, name: string, now: string, id: string, aliases: string[] = []): EntityRecord {
  return { id, type, name, aliases, keys: entityKeys(name, aliases), attributes: {}, mergedInto: null, createdAt: now, updatedAt: now, deletedAt: null };
}

/** What a mention says: which entity, where, in which role. */
export type MentionInput = { entityId: string; articleId: string; annotationId: string | null; role: string | null; publishedAt: string | null; origin: MentionOrigin };

/**
 * Add a mention unless the same one (same entity, article, highlight and folded role) exists;
 * a tombstoned one is revived. A mention with a role makes the role-less one of the same
 * place redundant (it is removed), and a role-less one is not added beside roles.
 */
export async function addMention(db: DossierDB, input: MentionInput, now: string, newId: () => string): Promise<void> {
  const same = (await mentionsOf(db, [input.articleId])).filter((m) => m.entityId === input.entityId);
  const here = same.filter((m) => m.annotationId === input.annotationId);
  const roleKey = input.role === null ? null : fold(input.role);
  const existing = here.find((m) => (m.role === null ? null : fold(m.role)) === roleKey);
  if (input.role === null && here.some((m) => live(m) && m.role !== null)) return;
  if (input.role !== null) {
    await reviseMentions(db, here.filter((m) => live(m) && m.role === null), { deletedAt: now, updatedAt: now });
  }
  if (existing && !existing.deletedAt) return;
  if (existing) {
    await reviseMentions(db, [existing], { deletedAt: null, updatedAt: now, publishedAt: input.publishedAt, origin: input.origin });
    return;
  }
  const record: MentionRecord = { id: newId(), ...input, createdAt: now, updatedAt: now, deletedAt: null };
  await putMentions(db, [record]);
}

/** Record that `key` is not to be suggested (or recognised) again in this article; idempotent. */
export async function dismiss(db: DossierDB, articleId: string, kind: DismissalRecord['kind'], key: string, now: string, newId: () => string): Promise<void> {
  const existing = (await db.dismissals.where('articleId').equals(articleId).toArray()).find((d) => d.kind === kind && d.key === key);
  if (existing && !existing.deletedAt) return;
  if (existing) await db.dismissals.update(existing.id, { deletedAt: null, updatedAt: now });
  else await db.dismissals.add({ id: newId(), articleId, kind, key, createdAt: now, updatedAt: now, deletedAt: null });
}

/** Take back dismissals of these keys in this article (the analyst accepted the thing after all). */
export async function undismiss(db: DossierDB, articleId: string, kind: DismissalRecord['kind'], keys: readonly string[], now: string): Promise<void> {
  const gone = (await db.dismissals.where('articleId').equals(articleId).toArray()).filter((d) => live(d) && d.kind === kind && keys.includes(d.key));
  for (const d of gone) await db.dismissals.update(d.id, { deletedAt: now, updatedAt: now });
}
