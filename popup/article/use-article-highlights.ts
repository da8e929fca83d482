/**
 * The stored copy's highlights: read from the database and written through src/db (an
 * extension page opens the database directly, like the library). Which ones found no
 * place in the stored text is told by the body once it has drawn them.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Selectors } from '../../src/core/anchoring/types';
import { AnnotationNotFound, createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../../src/db/annotations';
import { t } from '../../src/platform/i18n';
import { toFailure } from '../../src/messages/result';
import { errorText } from '../ui';
import type { AnnotationRecord, ArticleRecord } from '../../src/db/types';
import type { HighlightFields } from '../shared/highlights/draft';
import { db, edit } from '../shared/db';
import { entitySummaries, linkEntity, searchEntities, untagHighlight } from '../../src/db/entities';
import type { EntitySummary } from '../../src/messages/protocol';
import type { EntityTagging } from '../shared/highlights/EntityTags';

const search = async (query: string): Promise<EntitySummary[]> => (await searchEntities(db, query, { limit: 8 })).map(({ id, type, name, aliases }) => ({ id, type, name, aliases }));

/** The stored copy's highlights and what can be done with them. */
export type ArticleHighlights = {
  highlights: AnnotationRecord[];
  orphanIds: string[];
  setOrphanIds(ids: string[]): void;
  /** The highlight last made, moved or clicked. */
  activeId: string | null;
  setActiveId(id: string | null): void;
  error: string | null;
  busy: boolean;
  create(selectors: Selectors, fields: HighlightFields): Promise<boolean>;
  update(id: string, fields: HighlightFields): Promise<boolean>;
  remove(id: string): Promise<void>;
  attach(id: string, selectors: Selectors): Promise<boolean>;
  /** Tagging one highlight with officials and projects. */
  entitiesFor(id: string): EntityTagging;
};

export function useArticleHighlights(article: ArticleRecord | null): ArticleHighlights {
  const [highlights, setHighlights] = useState<AnnotationRecord[]>([]);
  const [orphanIds, setOrphanIds] = useState<string[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const articleId = article?.id ?? null;

  const [names, setNames] = useState<Map<string, EntitySummary>>(new Map());
  const reload = useCallback(async () => {
    const list = articleId ? await listAnnotations(db, articleId) : [];
    setHighlights(list);
    setNames(new Map((await entitySummaries(db, list.flatMap((h) => h.entityIds))).map((e) => [e.id, e])));
  }, [articleId]);
  useEffect(() => void reload(), [reload]);

  /** Run a write, then read the list again; errors are shown, never thrown at the UI. */
  const write = async (fn: () => Promise<string | null>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      const changed = await edit(fn);
      await reload();
      if (changed) setActiveId(changed);
      return true;
    } catch (err) {
      // Shown in the analyst's language: a vanished highlight (deleted in another tab), a full disk, or a bug.
      setError(err instanceof AnnotationNotFound ? t('hlGone') : errorText(toFailure(err).error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    highlights,
    orphanIds,
    setOrphanIds,
    activeId,
    setActiveId,
    error,
    busy,
    create: (selectors, fields) =>
      write(async () => (article ? (await createAnnotation(db, { articleId: article.id, source: article.url, selectors, ...fields })).id : null)),
    update: (id, fields) => write(async () => (await updateAnnotation(db, id, fields), null)),
    remove: async (id) => void (await write(async () => (await deleteAnnotation(db, id), null))),
    attach: (id, selectors) => write(async () => (await updateAnnotation(db, id, { selectors }), id)),
    entitiesFor: (id) => ({
      names,
      search,
      onTag: (e) => void write(async () => (article && (await linkEntity(db, article.id, e.id, { annotationId: id })), id)),
      onUntag: (entityId) => void write(async () => (await untagHighlight(db, id, entityId), id)),
    }),
  };
}
