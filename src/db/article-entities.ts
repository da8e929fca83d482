/**
 * The entities of one clip, as the popup shows them: the ones linked to it, and the
 * suggestions still waiting for the analyst (neither accepted nor rejected).
 *
 * Entities the analyst accepted before are recognised in a new clip and linked at once
 * (origin 'recognised'), not offered for confirmation: the analyst already said "this is
 * someone I follow", and what they expect is that his timeline and the library filter pick
 * up every article naming him without another click. Matching is on whole folded names and
 * aliases they accepted, so mistakes are rare; one click on the chip undoes a link, and the
 * undo is remembered for that article (a dismissal), so a re-clip does not bring it back.
 */
import { bodyOnly, findKnownEntities, suggestEntities, type AmountSuggestion, type Suggestions } from '../core/entities';
import { fold } from '../core/text/fold';
import { defaultEnv, type Env } from './articles';
import type { DossierDB } from './db';
import { dismissedKeys } from './entities';
import { addMention } from './entity-records';
import type { EntityType, MentionOrigin } from './types';
import { mentionsOf } from './mentions';

/** An entity linked to the clip, as a chip. */
export type LinkedEntity = {
  /** The entity's id. */
  id: string;
  /** Its kind. */
  type: EntityType;
  /** Its name. */
  name: string;
  /** Roles it holds in this article, as written (officials). */
  roles: string[];
  /** 'recognised' when Dossier linked it on its own, else how the analyst did. */
  origin: MentionOrigin;
  /** For a project: the investment recorded on it (an amount's text), if any. */
  amount: string | null;
};

/** Everything the popup's entity section shows for a clip. */
export type ArticleEntities = {
  /** The clip. */
  articleId: string;
  /** Entities linked to it, officials first, then by name. */
  linked: LinkedEntity[];
  /** Suggestions neither accepted nor rejected yet. */
  pending: Suggestions;
};

const ORDER: Record<EntityType, number> = { official: 0, project: 1, organization: 2, place: 3 };

/** Options of `recogniseKnownEntities` and `articleEntities`. */
export type RecogniseOptions = {
  /** Asked before writing the links found: false skips them (no room left to write; they are found again next time). */
  mayWrite?: () => Promise<boolean>;
};

/** Link entities the analyst accepted earlier that appear in the clip's text; returns how many were linked. */
export async function recogniseKnownEntities(
  db: DossierDB,
  articleId: string,
  env: Env = defaultEnv,
  options: RecogniseOptions & { known?: { text: string; suggestions: Suggestions } } = {},
): Promise<number> {
  const { known, mayWrite } = options;
  const entities = await db.entities.toArray();
  // Most clips of a new library meet no known entity: skip reading and folding their text.
  if (!entities.some((e) => !e.deletedAt)) return 0;
  const text = known?.text ?? (await db.bodies.get(articleId))?.text ?? '';
  const matches = findKnownEntities(bodyOnly(text), entities);
  if (!matches.length) return 0;
  const suggestions = known?.suggestions ?? suggestEntities(text);
  const positions = new Map(suggestions.officials.map((o) => [fold(o.name), o.positions]));
  const found = [...new Set(matches.map((m) => m.entityId))];
  if (mayWrite && !(await mayWrite())) return 0;
  return db.transaction('rw', db.articles, db.entities, db.articleMentions, db.dismissals, async () => {
    const article = await db.articles.get(articleId);
    if (!article || article.deletedAt) return 0;
    const dismissed = await dismissedKeys(db, articleId);
    const linked = new Set((await mentionsOf(db, [articleId])).filter((m) => !m.deletedAt).map((m) => m.entityId));
    const now = env.now().toISOString();
    let count = 0;
    for (const entity of await db.entities.bulkGet(found.filter((id) => !linked.has(id)))) {
      if (!entity || entity.keys.some((k) => dismissed.get(entity.type)?.has(k))) continue;
      const roles = entity.type === 'official' ? [...new Set(entity.keys.flatMap((k) => positions.get(k) ?? []))] : [];
      for (const role of roles.length ? roles : [null]) {
        await addMention(db, { entityId: entity.id, articleId, annotationId: null, role, publishedAt: article.publishedAt, origin: 'recognised' }, now, env.newId);
      }
      count++;
    }
    return count;
  });
}

/** The linked entities and pending suggestions of a clip (recognising known entities first). */
export async function articleEntities(db: DossierDB, articleId: string, env: Env = defaultEnv, options: RecogniseOptions = {}): Promise<ArticleEntities> {
  const text = (await db.bodies.get(articleId))?.text ?? '';
  const suggestions = suggestEntities(text);
  await recogniseKnownEntities(db, articleId, env, { ...options, known: { text, suggestions } });

  const [mentions, dismissed] = await Promise.all([mentionsOf(db, [articleId]).then((all) => all.filter((m) => !m.deletedAt)), dismissedKeys(db, articleId)]);
  const entities = (await db.entities.bulkGet([...new Set(mentions.map((m) => m.entityId))])).filter((e) => !!e && !e.deletedAt);
  const linked: LinkedEntity[] = entities.map((e) => {
    const own = mentions.filter((m) => m.entityId === e!.id);
    const roles = [...new Set(own.map((m) => m.role).filter((r): r is string => !!r))];
    const origin = own.every((m) => m.origin === 'recognised') ? 'recognised' : (own.find((m) => m.origin !== 'recognised')?.origin ?? 'suggestion');
    const amount = typeof e!.attributes.investment === 'string' ? e!.attributes.investment : null;
    return { id: e!.id, type: e!.type, name: e!.name, roles, origin, amount };
  });
  linked.sort((a, b) => ORDER[a.type] - ORDER[b.type] || a.name.localeCompare(b.name, 'vi'));

  // A suggestion is settled when an entity of its kind linked here has its name, or it was rejected.
  const settled = (type: EntityType, name: string) => {
    const key = fold(name);
    return dismissed.get(type)?.has(key) || entities.some((e) => e!.type === type && e!.keys.includes(key));
  };
  const amountSettled = (a: AmountSuggestion) => dismissed.get('amount')?.has(fold(a.text)) || linked.some((e) => e.amount !== null && fold(e.amount) === fold(a.text));
  return {
    articleId,
    linked,
    pending: {
      officials: suggestions.officials.filter((o) => !settled('official', o.name)),
      projects: suggestions.projects.filter((p) => !settled('project', p.name)),
      amounts: suggestions.amounts.filter((a) => !amountSettled(a)),
    },
  };
}
