/** Calls about officials, projects and other entities: the popup's entity section for the current clip. */
import * as v from 'valibot';
import type { AnnotationRecord } from '../../db/types';
import type { ArticleEntities } from '../../db/article-entities';
import type { OfficialSuggestion } from '../../core/entities/types';
import type { EntityRecord } from '../../db/types';
import { RecordId, TabId } from '../schemas';
import type { CallSpecs } from '../spec';

const EntityType = v.picklist(['official', 'project', 'organization', 'place']);
/** A name, role or amount as written: a longer one is a mis-selection, not a name. */
const Name = v.pipe(v.string(), v.maxLength(300));
const NonEmptyName = v.pipe(Name, v.trim(), v.minLength(1, 'the name cannot be empty'));

/** An entity as autocomplete lists it. */
export type EntitySummary = Pick<EntityRecord, 'id' | 'type' | 'name' | 'aliases'>;

/** What the analyst selected on the page, read as an official's name and positions or a project's name. */
export type SelectionRead = {
  /** The selected text (NFC, whitespace collapsed, at most 300 characters), or '' when nothing is selected. */
  text: string;
  /** The official the selection names, when it reads as one ("Bí thư Tỉnh ủy Trần Quốc Cường"). */
  official: OfficialSuggestion | null;
  /** The project the selection names ("Dự án …"), when it reads as one. */
  project: string | null;
};

/** Entity calls; each one that changes a clip's entities answers with their new state. */
export const entityCalls = {
  /** A clip's linked entities and pending suggestions (known entities found in it are linked first). */
  getArticleEntities: { from: 'extension', args: v.strictObject({ articleId: RecordId }) },
  /** Tag a clip with an entity by name (a suggestion, edited or not, or a selection): one mention per role. */
  acceptEntity: {
    from: 'extension',
    writes: true,
    args: v.strictObject({
      articleId: RecordId,
      type: EntityType,
      name: NonEmptyName,
      roles: v.pipe(v.array(Name), v.maxLength(20)),
      origin: v.picklist(['suggestion', 'manual']),
    }),
  },
  /** Do not suggest this name (or amount) for this clip again. */
  rejectSuggestion: { from: 'extension', writes: true, args: v.strictObject({ articleId: RecordId, kind: v.picklist(['official', 'project', 'organization', 'place', 'amount']), text: NonEmptyName }) },
  /** Link an existing entity to a clip (autocomplete), optionally to one of its highlights. */
  linkEntity: {
    from: 'extension',
    writes: true,
    args: v.strictObject({ articleId: RecordId, entityId: RecordId, role: v.optional(v.nullable(Name)), annotationId: v.optional(v.nullable(RecordId)) }),
  },
  /** Take an entity off a clip (remembered, so it is not recognised there again). */
  unlinkEntity: { from: 'extension', writes: true, args: v.strictObject({ articleId: RecordId, entityId: RecordId }) },
  /** Record an amount as a project's investment. */
  recordAmount: { from: 'extension', writes: true, args: v.strictObject({ articleId: RecordId, projectId: RecordId, text: NonEmptyName }) },
  /** Autocomplete over existing entities, accents ignored. */
  searchEntities: {
    from: 'extension',
    args: v.strictObject({
      query: v.pipe(v.string(), v.maxLength(200)),
      types: v.optional(v.pipe(v.array(EntityType), v.maxLength(4))),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
    }),
  },
  /** Tag a highlight with an entity (the clip is tagged with it too). */
  tagHighlight: { from: 'extension', writes: true, args: v.strictObject({ annotationId: RecordId, entityId: RecordId }) },
  /** Take an entity off a highlight. */
  untagHighlight: { from: 'extension', writes: true, args: v.strictObject({ annotationId: RecordId, entityId: RecordId }) },
  /** Merge a duplicate entity into one tagged on this clip (its articles and spellings move over). */
  mergeEntities: { from: 'extension', writes: true, args: v.strictObject({ articleId: RecordId, keepId: RecordId, mergeId: RecordId }) },
  /** The text selected in a tab, read as an official or a project. */
  readSelection: { from: 'extension', args: v.strictObject({ tabId: TabId }) },
} as const satisfies CallSpecs;

/** Reply types of the entity calls. */
export type EntityReplies = {
  getArticleEntities: ArticleEntities;
  acceptEntity: ArticleEntities;
  rejectSuggestion: ArticleEntities;
  mergeEntities: ArticleEntities;
  tagHighlight: AnnotationRecord;
  untagHighlight: AnnotationRecord;
  linkEntity: ArticleEntities;
  unlinkEntity: ArticleEntities;
  recordAmount: ArticleEntities;
  searchEntities: EntitySummary[];
  readSelection: SelectionRead;
};
