/**
 * Tagging articles with officials, projects and other entities: accept a suggestion (finding
 * the entity again by any spelling of its name or aliases, or creating it), link one by hand,
 * unlink it, reject a suggestion, and list or autocomplete entities. Every write is one
 * transaction. Editing, merging and deleting entities are in ./entity-edit.ts.
 */
import { matchEntities } from '../core/entities';
import { fold } from '../core/text/fold';
import { defaultEnv, type Env } from './articles';
import type { DossierDB } from './db';
import { addMention, cleanName, cleanRoles, dismiss, findEntityByKey, newEntity, survivorOf, undismiss } from './entity-records';
import type { ArticleRecord, DismissalRecord, EntityRecord, EntityType, MentionOrigin } from './types';
import { mentionsOf, reviseMentions } from './mentions';

export { EntityInputError } from './entity-records';

/** Thrown when an article or entity does not exist (or was deleted). */
export class EntityNotFoundError extends Error {}

/** An entity to tag an article with, as the analyst accepted or edited it. */
export type TagInput = {
  type: EntityType;
  /** The name as written (or as the analyst corrected it). */
  name: string;
  /** Positions or roles as written; one mention is made per role. */
  roles?: readonly string[];
  /** The highlight tagged, when the tag is on a highlight rather than the whole article. */
  annotationId?: string | null;
  /** How the tag was made (default: an accepted suggestion). */
  origin?: MentionOrigin;
};

/** The outcome of a tag: the entity (found or created) and whether it is new. */
export type TagResult = { entity: EntityRecord; created: boolean };

async function liveArticle(db: DossierDB, articleId: string): Promise<ArticleRecord> {
  const article = await db.articles.get(articleId);
  if (!article || article.deletedAt) throw new EntityNotFoundError(`No article with id ${articleId}.`);
  return article;
}

/** The tables every tag writes. */
const tagTables = (db: DossierDB) => [db.articles, db.entities, db.articleMentions, db.dismissals, db.annotations];

async function tagWith(db: DossierDB, article: ArticleRecord, entity: EntityRecord, roles: string[], annotationId: string | null, origin: MentionOrigin, env: Env): Promise<void> {
  const now = env.now().toISOString();
  for (const role of roles.length ? roles : [null]) {
    await addMention(db, { entityId: entity.id, articleId: article.id, annotationId, role, publishedAt: article.publishedAt, origin }, now, env.newId);
  }
  if (annotationId) {
    const annotation = await db.annotations.get(annotationId);
    if (annotation && !annotation.entityIds.includes(entity.id)) {
      await db.annotations.update(annotationId, { entityIds: [...annotation.entityIds, entity.id], updatedAt: now });
    }
  }
  await undismiss(db, article.id, entity.type, entity.keys, now);
}

/**
 * Tag an article with an entity by name: the entity of that type whose name or an alias folds
 * like `name` (Ủy/Uỷ, NFC/NFD and đ/d spellings are one), else a new one. One mention per role.
 */
export async function tagArticle(db: DossierDB, articleId: string, input: TagInput, env: Env = defaultEnv): Promise<TagResult> {
  const name = cleanName(input.name);
  const roles = cleanRoles(input.roles ?? []);
  return db.transaction('rw', tagTables(db), async () => {
    const article = await liveArticle(db, articleId);
    let entity = await findEntityByKey(db, input.type, fold(name));
    const created = !entity;
    if (!entity) {
      entity = newEntity(input.type, name, env.now().toISOString(), env.newId());
      await db.entities.add(entity);
    }
    await tagWith(db, article, entity, roles, input.annotationId ?? null, input.origin ?? 'suggestion', env);
    return { entity, created };
  });
}

/** Link an existing entity to an article (autocomplete, or a highlight tagged with it). */
export async function linkEntity(
  db: DossierDB,
  articleId: string,
  entityId: string,
  options: { role?: string | null; annotationId?: string | null; origin?: MentionOrigin } = {},
  env: Env = defaultEnv,
): Promise<EntityRecord> {
  return db.transaction('rw', tagTables(db), async () => {
    const article = await liveArticle(db, articleId);
    const entity = await survivorOf(db, entityId);
    if (!entity) throw new EntityNotFoundError(`No entity with id ${entityId}.`);
    await tagWith(db, article, entity, cleanRoles(options.role ? [options.role] : []), options.annotationId ?? null, options.origin ?? 'manual', env);
    return entity;
  });
}

/**
 * Take an entity off an article: its mentions there (highlight tags included) become
 * tombstones, and its names are dismissed for the article so that neither suggestions nor
 * recognition bring it back.
 */
export async function unlinkEntity(db: DossierDB, articleId: string, entityId: string, env: Env = defaultEnv): Promise<void> {
  const now = env.now().toISOString();
  await db.transaction('rw', tagTables(db), async () => {
    const entity = await db.entities.get(entityId);
    if (!entity) throw new EntityNotFoundError(`No entity with id ${entityId}.`);
    await reviseMentions(db, (await mentionsOf(db, [articleId])).filter((m) => m.entityId === entityId && !m.deletedAt), { deletedAt: now, updatedAt: now });
    const tagged = await db.annotations.where('entityIds').equals(entityId).filter((a) => a.articleId === articleId).toArray();
    for (const a of tagged) await db.annotations.update(a.id, { entityIds: a.entityIds.filter((id) => id !== entityId), updatedAt: now });
    for (const key of entity.keys) await dismiss(db, articleId, entity.type, key, now, env.newId);
  });
}

/** Take an entity off one highlight: the highlight's tag and its mentions through that highlight go. */
export async function untagHighlight(db: DossierDB, annotationId: string, entityId: string, env: Env = defaultEnv): Promise<void> {
  const now = env.now().toISOString();
  await db.transaction('rw', tagTables(db), async () => {
    const annotation = await db.annotations.get(annotationId);
    if (!annotation || annotation.deletedAt) throw new EntityNotFoundError(`No highlight with id ${annotationId}.`);
    await db.annotations.update(annotationId, { entityIds: annotation.entityIds.filter((id) => id !== entityId), updatedAt: now });
    const through = (await mentionsOf(db, [annotation.articleId])).filter((m) => m.entityId === entityId && m.annotationId === annotationId && !m.deletedAt);
    await reviseMentions(db, through, { deletedAt: now, updatedAt: now });
  });
}

/** The entities behind a set of ids (tags on highlights), live or merged into another, as summaries. */
export async function entitySummaries(db: DossierDB, ids: readonly string[]): Promise<Array<Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases'>>> {
  const found = await db.entities.bulkGet([...new Set(ids)]);
  return found.filter((e): e is EntityRecord => !!e).map(({ id, type, name, aliases }) => ({ id, type, name, aliases }));
}

/** Reject a suggestion (an official's or project's name, or an amount's text) for one article. */
export async function rejectSuggestion(db: DossierDB, articleId: string, kind: DismissalRecord['kind'], text: string, env: Env = defaultEnv): Promise<void> {
  const key = fold(text);
  if (!key) return;
  await db.transaction('rw', db.dismissals, () => dismiss(db, articleId, kind, key, env.now().toISOString(), env.newId));
}

/** Folded keys dismissed for an article, by kind. */
export async function dismissedKeys(db: DossierDB, articleId: string): Promise<Map<DismissalRecord['kind'], Set<string>>> {
  const out = new Map<DismissalRecord['kind'], Set<string>>();
  for (const d of await db.dismissals.where('articleId').equals(articleId).toArray()) {
    if (d.deletedAt) continue;
    if (!out.has(d.kind)) out.set(d.kind, new Set());
    out.get(d.kind)!.add(d.key);
  }
  return out;
}

/** Live entities (not deleted, not merged away), optionally of some types, by name. */
export async function listEntities(db: DossierDB, types?: readonly EntityType[]): Promise<EntityRecord[]> {
  const all = types?.length ? await db.entities.where('type').anyOf([...types]).toArray() : await db.entities.toArray();
  return all.filter((e) => !e.deletedAt && !e.mergedInto).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Autocomplete: entities whose name or an alias matches `query`, accents ignored, best first. */
export async function searchEntities(db: DossierDB, query: string, options: { types?: readonly EntityType[]; limit?: number; exclude?: string } = {}): Promise<EntityRecord[]> {
  const entities = (await listEntities(db, options.types)).filter((e) => e.id !== options.exclude);
  return matchEntities(query, entities, { limit: options.limit ?? 8 }).map((m) => m.entity);
}
