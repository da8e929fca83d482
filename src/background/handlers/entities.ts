/** Handlers of the entity calls (src/messages/calls/entities.ts). */
import { findAmounts } from '../../core/entities/amounts';
import { articleEntities as entitiesOf } from '../../db/article-entities';
import { defaultEnv } from '../../db/articles';
import { EntityInputError, EntityNotFoundError, linkEntity, rejectSuggestion, searchEntities, tagArticle, unlinkEntity, untagHighlight } from '../../db/entities';
import { EntityConflictError, mergeEntities, updateEntity } from '../../db/entity-edit';
import { AppFailure } from '../../messages/result';
import { EDIT_BYTES, roomFor } from '../../platform/storage';
import type { BackgroundHandlers } from '../../messages/protocol';
import type { EntityReplies } from '../../messages/calls/entities';
import { db } from '../database';
import { readSelection } from '../selection';

/** A clip's entities; the known ones recognised in it are linked on the way, when there is room to write them. */
const articleEntities = (articleId: string) => entitiesOf(db, articleId, defaultEnv, { mayWrite: () => roomFor(EDIT_BYTES) });

/** Run a write, turning the data layer's errors into the codes the popup explains. */
async function write(action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (err instanceof EntityNotFoundError) throw new AppFailure('not-found', err.message);
    if (err instanceof EntityInputError || err instanceof EntityConflictError) throw new AppFailure('bad-request', err.message);
    throw err;
  }
}

export const entityHandlers = {
  async getArticleEntities({ articleId }) {
    return articleEntities(articleId);
  },
  async acceptEntity({ articleId, type, name, roles, origin }) {
    await write(() => tagArticle(db, articleId, { type, name, roles, origin }));
    return articleEntities(articleId);
  },
  async rejectSuggestion({ articleId, kind, text }) {
    await rejectSuggestion(db, articleId, kind, text);
    return articleEntities(articleId);
  },
  async linkEntity({ articleId, entityId, role, annotationId }) {
    await write(() => linkEntity(db, articleId, entityId, { role: role ?? null, annotationId: annotationId ?? null }));
    return articleEntities(articleId);
  },
  async unlinkEntity({ articleId, entityId }) {
    await write(() => unlinkEntity(db, articleId, entityId));
    return articleEntities(articleId);
  },
  async recordAmount({ articleId, projectId, text }) {
    const project = await db.entities.get(projectId);
    if (project?.type !== 'project') throw new AppFailure('bad-request', 'Amounts are recorded on projects.');
    const amount = findAmounts(text)[0];
    await write(() => updateEntity(db, projectId, { attributes: { investment: text, investmentValue: amount?.value ?? null, currency: amount?.currency ?? null } }));
    return articleEntities(articleId);
  },
  async searchEntities({ query, types, limit }) {
    return (await searchEntities(db, query, { types, limit })).map(({ id, type, name, aliases }) => ({ id, type, name, aliases }));
  },
  async tagHighlight({ annotationId, entityId }) {
    const annotation = await db.annotations.get(annotationId);
    if (!annotation || annotation.deletedAt) throw new AppFailure('not-found', 'That highlight no longer exists.');
    await write(() => linkEntity(db, annotation.articleId, entityId, { annotationId }));
    return (await db.annotations.get(annotationId))!;
  },
  async untagHighlight({ annotationId, entityId }) {
    await write(() => untagHighlight(db, annotationId, entityId));
    return (await db.annotations.get(annotationId))!;
  },
  async mergeEntities({ articleId, keepId, mergeId }) {
    if (keepId === mergeId) throw new AppFailure('bad-request', 'An entity cannot be merged into itself.');
    await write(() => mergeEntities(db, mergeId, keepId));
    return articleEntities(articleId);
  },
  async readSelection({ tabId }) {
    return readSelection(tabId);
  },
} satisfies Pick<BackgroundHandlers, keyof EntityReplies>;
