/**
 * What an entity page shows: an official's positions over time, a project's articles over
 * time with their amounts, and who appears together with the entity. Read-only.
 */
import { amountsNearProject } from '../core/entities/project-amounts';
import type { AmountSuggestion } from '../core/entities';
import { fold } from '../core/text/fold';
import type { DossierDB } from './db';
import { survivorOf } from './entity-records';
import { mentionsOf, mentionsOfEntity } from './mentions';
import type { ArticleRecord, EntityRecord, MentionRecord } from './types';

/** One article on a timeline. */
export type TimelinePoint = {
  articleId: string;
  /** The article's title. */
  title: string;
  siteName: string | null;
  /** The article's published date (ISO with offset), or null when unknown. */
  publishedAt: string | null;
  /** The date the point is drawn at: published, else clipped. */
  date: string;
};

/** One lane of an official's timeline: a position as written, and the articles that give it. */
export type PositionLane = {
  /** The position as first written, or null for articles that name no position. */
  role: string | null;
  /** Its articles, oldest first. */
  points: TimelinePoint[];
};

/** A project's article, with the amounts written near the project's name. */
export type ProjectArticle = TimelinePoint & { amounts: AmountSuggestion[] };

/** An entity named in the same articles, and in how many of them. */
export type Companion = { entity: Pick<EntityRecord, 'id' | 'type' | 'name'>; articles: number };

const live = <T extends { deletedAt: string | null }>(r: T | undefined): r is T => !!r && !r.deletedAt;

function point(a: ArticleRecord, m?: MentionRecord): TimelinePoint {
  // The article's own date wins over the mention's copy: the analyst may have corrected it since.
  const publishedAt = a.publishedAt ?? m?.publishedAt ?? null;
  return { articleId: a.id, title: a.title, siteName: a.siteName, publishedAt, date: publishedAt ?? a.clippedAt };
}

const byDate = (x: TimelinePoint, y: TimelinePoint) => Date.parse(x.date) - Date.parse(y.date) || x.title.localeCompare(y.title);

async function mentionsWithArticles(db: DossierDB, entityId: string): Promise<Array<{ m: MentionRecord; a: ArticleRecord }>> {
  const mentions = (await mentionsOfEntity(db, entityId)).filter((m) => !m.deletedAt);
  const articles = new Map((await db.articles.bulkGet([...new Set(mentions.map((m) => m.articleId))])).filter(live).map((a) => [a.id, a]));
  return mentions.filter((m) => articles.has(m.articleId)).map((m) => ({ m, a: articles.get(m.articleId)! }));
}

/** An official's positions over time: one lane per position (Ủy/Uỷ spellings are one), lanes by first date. */
export async function positionsOverTime(db: DossierDB, entityId: string): Promise<PositionLane[]> {
  const lanes = new Map<string, { role: string | null; points: Map<string, TimelinePoint> }>();
  for (const { m, a } of await mentionsWithArticles(db, entityId)) {
    const key = m.role === null ? '' : fold(m.role);
    if (!lanes.has(key)) lanes.set(key, { role: m.role, points: new Map() });
    lanes.get(key)!.points.set(a.id, point(a, m));
  }
  // Articles that give a position need no point in the no-position lane too.
  const positioned = new Set([...lanes.entries()].filter(([k]) => k).flatMap(([, l]) => [...l.points.keys()]));
  const bare = lanes.get('');
  if (bare) for (const id of positioned) bare.points.delete(id);
  const out = [...lanes.values()].filter((l) => l.points.size).map((l) => ({ role: l.role, points: [...l.points.values()].sort(byDate) }));
  return out.sort((x, y) => byDate(x.points[0]!, y.points[0]!) || Number(x.role === null) - Number(y.role === null));
}

/** A project's articles, oldest first, each with the amounts it gives for the project (see amountsNearProject). */
export async function projectArticles(db: DossierDB, entity: EntityRecord): Promise<ProjectArticle[]> {
  const articles = new Map<string, { a: ArticleRecord; m: MentionRecord }>();
  for (const { m, a } of await mentionsWithArticles(db, entity.id)) articles.set(a.id, { a, m });
  const bodies = await db.bodies.bulkGet([...articles.keys()]);
  const out = [...articles.values()].map(({ a, m }, i) => ({ ...point(a, m), amounts: amountsNearProject(bodies[i]?.text ?? '', entity) }));
  return out.sort(byDate);
}

/** Entities named in the same articles as this one, most shared articles first. */
export async function appearsWith(db: DossierDB, entityId: string): Promise<Companion[]> {
  const own = (await mentionsOfEntity(db, entityId)).filter((m) => !m.deletedAt);
  const articleIds = [...new Set(own.map((m) => m.articleId))];
  const liveArticles = new Set((await db.articles.bulkGet(articleIds)).filter(live).map((a) => a.id));
  const others = (await mentionsOf(db, [...liveArticles])).filter((m) => !m.deletedAt && m.entityId !== entityId);
  const shared = new Map<string, Set<string>>();
  for (const m of others) shared.set(m.entityId, (shared.get(m.entityId) ?? new Set()).add(m.articleId));
  const entities = (await db.entities.bulkGet([...shared.keys()])).filter((e): e is EntityRecord => live(e) && !e.mergedInto);
  return entities
    .map((e) => ({ entity: { id: e.id, type: e.type, name: e.name }, articles: shared.get(e.id)!.size }))
    .sort((x, y) => y.articles - x.articles || x.entity.name.localeCompare(y.entity.name, 'vi'));
}

/** An entity page's subject: the entity, or the one it was merged into, or null when deleted. */
export async function entityForPage(db: DossierDB, id: string): Promise<EntityRecord | null> {
  return (await survivorOf(db, id)) ?? null;
}

/** How many live articles mention an entity. */
export async function articleCount(db: DossierDB, entityId: string): Promise<number> {
  return new Set((await mentionsWithArticles(db, entityId)).map(({ a }) => a.id)).size;
}
