/** Making a backup: deterministic, so that backup, wipe, restore, backup gives the same file apart from `exportedAt`. */
import { canonical, compareStrings } from './canonical';
import { selectScope } from './scope';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupScope, type LibraryData, type ScopeRequest } from './types';

/** Options for `createBackup`. */
export type CreateBackupOptions = {
  /** The export time (the clock is passed in, so tests can freeze it). */
  now: Date | string;
  /** What to export; the whole library by default. */
  scope?: ScopeRequest;
};

/**
 * A backup of `data` restricted to `scope`. Records are sorted by id and their keys
 * sorted, so the result does not depend on the order the database returned them in.
 */
export function createBackup(data: LibraryData, options: CreateBackupOptions): Backup {
  const request = options.scope ?? { kind: 'library' };
  const part = selectScope(data, request);
  const exportedAt = typeof options.now === 'string' ? new Date(options.now).toISOString() : options.now.toISOString();
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    scope: storedScope(request),
    articles: sorted(part.articles),
    bodies: sorted(part.bodies),
    collections: sorted(part.collections),
    memberships: sorted(part.memberships),
    annotations: sorted(part.annotations),
    entities: sorted(part.entities),
    mentions: sorted(part.mentions),
  };
}

/**
 * The backup as the text of a file: two-space indented JSON with a final newline, in canonical
 * order (header first, records by id, keys sorted), however the backup object was built or parsed.
 */
export function serializeBackup(backup: Backup): string {
  const { format, version, exportedAt, scope, articles, bodies, collections, memberships, annotations, entities, mentions, ...extra } = backup;
  const ordered = {
    format, version, exportedAt, scope: canonical(scope), ...canonical(extra),
    articles: sorted(articles), bodies: sorted(bodies), collections: sorted(collections), memberships: sorted(memberships),
    annotations: sorted(annotations), entities: sorted(entities), mentions: sorted(mentions),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function storedScope(request: ScopeRequest): BackupScope {
  if (request.kind === 'collection') return { kind: 'collection', collectionId: request.collectionId };
  if (request.kind === 'search') return { kind: 'search', query: request.query };
  return { kind: 'library' };
}

function sorted<T extends { id: string }>(records: readonly T[]): T[] {
  return records.map((r) => canonical(r)).sort((a, b) => compareStrings(a.id, b.id));
}
