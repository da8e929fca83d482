/**
 * The shape of a backup file, checked field by field on import. Records are loose objects:
 * known fields are checked, fields added by a later Dossier are kept as they are (the
 * guard has already refused prototype keys and over-long strings anywhere in the file).
 */
import * as v from 'valibot';

/** Limits on strings, in UTF-16 code units (documented in docs/backup-format.md). */
export const LIMITS = {
  text: 8_000_000,
  html: 16_000_000,
  url: 8_192,
  title: 2_000,
  name: 500,
  note: 100_000,
  tag: 200,
  short: 5_000,
  list: 10_000,
} as const;

const str = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const nullableStr = (max: number) => v.nullable(str(max));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIMITS.list, `has more than ${LIMITS.list} items`));
const count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'));

/** A lowercase UUID, the key of every record. */
export const Uuid = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lowercase UUID'));

/** An ISO 8601 date-time with an offset or Z, or a plain date. */
export const IsoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/, 'must be an ISO 8601 date with an offset'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'must be a real date'),
);

const base = { id: Uuid, createdAt: IsoDate, updatedAt: IsoDate, deletedAt: v.nullable(IsoDate) };

const Capture = v.looseObject({ capturedAt: IsoDate, contentHash: str(128), url: str(LIMITS.url), wordCount: count });

const Article = v.looseObject({
  ...base,
  url: str(LIMITS.url),
  canonicalUrl: nullableStr(LIMITS.url),
  urlKeys: list(str(LIMITS.url)),
  title: str(LIMITS.title),
  siteName: nullableStr(LIMITS.name),
  author: nullableStr(LIMITS.title),
  authors: list(str(LIMITS.name)),
  publishedAt: v.nullable(IsoDate),
  lang: nullableStr(35),
  excerpt: nullableStr(LIMITS.short),
  wordCount: count,
  contentHash: str(128),
  clippedAt: IsoDate,
  captures: list(Capture),
  editedFields: list(v.picklist(['title', 'siteName', 'author', 'publishedAt'])),
  tags: list(str(LIMITS.tag)),
});

const Body = v.looseObject({ id: Uuid, text: str(LIMITS.text), html: str(LIMITS.html), updatedAt: IsoDate });

const Collection = v.looseObject({ ...base, name: str(LIMITS.name), description: str(LIMITS.short) });

const Membership = v.looseObject({ ...base, collectionId: Uuid, articleId: Uuid });

const Selectors = v.looseObject({
  quote: v.looseObject({ type: v.literal('TextQuoteSelector'), exact: str(LIMITS.note), prefix: str(LIMITS.tag), suffix: str(LIMITS.tag) }),
  position: v.pipe(
    v.looseObject({ type: v.literal('TextPositionSelector'), start: count, end: count }),
    v.check((p) => p.end >= p.start, 'end must not come before start'),
  ),
});

const Annotation = v.looseObject({
  ...base,
  articleId: Uuid,
  source: str(LIMITS.url),
  selectors: Selectors,
  color: v.picklist(['yellow', 'green', 'blue', 'pink', 'purple']),
  note: str(LIMITS.note),
  tags: list(str(LIMITS.tag)),
  entityIds: list(Uuid),
});

const Entity = v.looseObject({
  ...base,
  type: v.picklist(['official', 'project', 'organization', 'place']),
  name: str(LIMITS.name),
  aliases: list(str(LIMITS.name)),
  keys: list(str(LIMITS.name)),
  attributes: v.record(str(LIMITS.name), v.union([str(LIMITS.short), v.number(), v.null()])),
  mergedInto: v.nullable(Uuid),
});

const Mention = v.looseObject({
  ...base,
  entityId: Uuid,
  articleId: Uuid,
  annotationId: v.nullable(Uuid),
  role: nullableStr(LIMITS.title),
  publishedAt: v.nullable(IsoDate),
});

const Scope = v.variant('kind', [
  v.strictObject({ kind: v.literal('library') }),
  v.strictObject({ kind: v.literal('collection'), collectionId: Uuid }),
  v.strictObject({ kind: v.literal('search'), query: str(LIMITS.short) }),
]);

/** A version 1 backup (format and version are checked before, for clearer messages). */
export const BackupSchema = v.looseObject({
  format: v.literal('dossier-backup'),
  version: v.literal(1),
  exportedAt: IsoDate,
  scope: Scope,
  articles: v.array(Article),
  bodies: v.array(Body),
  collections: v.array(Collection),
  memberships: v.array(Membership),
  annotations: v.array(Annotation),
  entities: v.array(Entity),
  mentions: v.array(Mention),
});
