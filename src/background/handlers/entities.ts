/** Handlers of the entity calls (src/messages/calls/entities.ts). */
import { findAmounts } from '../../core/entities/amounts';
import { articleEntities } from '../../db/article-entities';
import { EntityInputError, EntityNotFoundError, linkEntity, rejectSuggestion, searchEntities, tagArticle, unlinkEntity } from '../../db/entities';
import { EntityConflictError, mergeEntities, updateEntity } from '../../db/entity-edit';
import { AppFailure } from '../../messages/result';
import type { BackgroundHandlers } from '../../messages/protocol';
import type { EntityReplies } from '../../messages/calls/entities';
import { db } from '../database';
import { readSelection } from '../selection';

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
    return articleEntities(db, articleId);
  },
  async acceptEntity({ articleId, type, name, roles, origin }) {
    await write(() => tagArticle(db, articleId, { type, name, roles, origin }));
    return articleEntities(db, articleId);
  },
  async rejectSuggestion({ articleId, kind, text }) {
    await rejectSuggestion(db, articleId, kind, text);
    return articleEntities(db, articleId);
  },
  async linkEntity({ articleId, entityId, role, annotationId }) {
    await write(() => linkEntity(db, articleId, entityId, { role: role ?? null, annotationId: annotationId ?? null }));
    return articleEntities(db, articleId);
  },
  async unlinkEntity({ articleId, entityId }) {
    await write(() => unlinkEntity(db, articleId, entityId));
    return articleEntities(db, articleId);
  },
  async recordAmount({ articleId, projectId, text }) {
    const project = await db.entities.get(projectId);
    if (project?.type !== 'project') throw new AppFailure('bad-request', 'Amounts are recorded on projects.');
    const amount = findAmounts(text)[0];
    await write(() => updateEntity(db, projectId, { attributes: { investment: text, investmentValue: amount?.value ?? null, currency: amount?.currency ?? null } }));
    return articleEntities(db, articleId);
  },
  async searchEntities({ query, types, limit }) {
    return (await searchEntities(db, query, { types, limit })).map(({ id, type, name, aliases }) => ({ id, type, name, aliases }));
  },
  async mergeEntities({ articleId, keepId, mergeId }) {
    if (keepId === mergeId) throw new AppFailure('bad-request', 'An entity cannot be merged into itself.');
    await write(() => mergeEntities(db, mergeId, keepId));
    return articleEntities(db, articleId);
  },
  async readSelection({ tabId }) {
    return readSelection(tabId);
  },
} satisfies Pick<BackgroundHandlers, keyof EntityReplies>;
