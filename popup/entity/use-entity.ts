/** Loads what an entity page shows, straight from the database (extension pages may read it). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { appearsWith, entityForPage, positionsOverTime, projectArticles, type Companion, type PositionLane, type ProjectArticle } from '../../src/db/entity-queries';
import type { EntityRecord } from '../../src/db/types';
import { db } from '../shared/db';

/** Everything on the page for one entity. */
export type EntityView = {
  entity: EntityRecord;
  /** The name of the entity the address asked for, when it was merged into this one. */
  mergedFrom: string | null;
  /** Positions over time (officials, organizations, places). */
  lanes: PositionLane[];
  /** Articles with their amounts (projects). */
  projectRows: ProjectArticle[];
  companions: Companion[];
  /** Distinct live articles that mention the entity. */
  articleCount: number;
};

async function load(id: string): Promise<EntityView | null> {
  const entity = await entityForPage(db, id);
  if (!entity) return null;
  const asked = entity.id === id ? null : await db.entities.get(id);
  if (asked) history.replaceState(null, '', `?id=${encodeURIComponent(entity.id)}`);
  const isProject = entity.type === 'project';
  const [lanes, projectRows, companions] = await Promise.all([
    isProject ? Promise.resolve([]) : positionsOverTime(db, entity.id),
    isProject ? projectArticles(db, entity) : Promise.resolve([]),
    appearsWith(db, entity.id),
  ]);
  const ids = new Set([...lanes.flatMap((l) => l.points.map((p) => p.articleId)), ...projectRows.map((r) => r.articleId)]);
  return { entity, mergedFrom: asked?.name ?? null, lanes, projectRows, companions, articleCount: ids.size };
}

/** The page's data for `id` (undefined while loading, null when the entity is gone), and a reload. */
export function useEntity(id: string) {
  const [current, setCurrent] = useState(id);
  const [view, setView] = useState<EntityView | null | undefined>(undefined);
  const reload = useCallback(async () => {
    const next = await load(current);
    setView(next);
    if (next) {
      document.title = `${next.entity.name} · Dossier`;
      if (next.entity.id !== current) setCurrent(next.entity.id);
    }
  }, [current]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { view, reload };
}
