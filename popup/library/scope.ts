/** Which clips an export from the library covers (kept apart from the export code, which loads on demand). */
import type { ScopeRequest } from '../../src/core/backup';
import type { LibraryQuery } from '../../src/db/library';

/** What the export covers, from the library's current view. */
export function scopeOf(query: LibraryQuery, matchIds: string[] | null): ScopeRequest {
  const narrowed = query.text || query.entityId || query.tag || query.site || query.from || query.to;
  if (narrowed && matchIds) return { kind: 'search', query: query.text ?? '', articleIds: matchIds };
  if (query.collectionId) return { kind: 'collection', collectionId: query.collectionId };
  return { kind: 'library' };
}
