/** The library's entity filter: pick an official or project by name (accents optional), or clear it. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { searchEntities } from '../../src/db/entities';
import type { EntityRecord } from '../../src/db/types';
import { db } from '../shared/db';
import { EntityCombobox } from '../shared/EntityCombobox';
import type { LibraryState } from './use-library';
import './entities.css';

export function EntityFilter({ library }: { library: LibraryState }) {
  const { query, setQuery } = library;
  const [current, setCurrent] = useState<EntityRecord | null>(null);
  const search = useCallback((q: string) => searchEntities(db, q, { limit: 8 }), []);

  useEffect(() => {
    if (!query.entityId) setCurrent(null);
    else void db.entities.get(query.entityId).then((e) => setCurrent(e ?? null));
  }, [query.entityId]);

  if (query.entityId && current) {
    return (
      <div class="entity-filter">
        <span class="filter-label">{t('filterEntity')}</span>
        <div class={`chosen ${current.type}`} data-testid="entity-filter-chosen">
          <span class={`kind-mark ${current.type}`} aria-hidden="true" />
          <a href={`entity.html?id=${encodeURIComponent(current.id)}`}>{current.name}</a>
          <button type="button" class="link" onClick={() => setQuery({ ...query, entityId: undefined })} aria-label={t('clearEntityFilter', current.name)} title={t('clearEntityFilter', current.name)}>
            ✕
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="entity-filter">
      <EntityCombobox
        search={search}
        onPick={(e) => setQuery({ ...query, entityId: e.id })}
        label={t('filterEntity')}
        placeholder={t('entitySearchPlaceholder')}
        testId="filter-entity"
      />
    </div>
  );
}
