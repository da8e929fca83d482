/** Collections (with create, rename, delete) and the filters: entity, site, tag, date range. */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { createCollection, deleteCollection, renameCollection } from '../../src/db/collections';
import { db, edit } from '../shared/db';
import { formatNumber } from '../shared/format';
import { failureText } from '../ui';
import { EntityFilter } from './EntityFilter';
import type { LibraryState } from './use-library';
import { StorageStatus } from './StorageStatus';

export function Sidebar({ library }: { library: LibraryState }) {
  const { query, setQuery, collections, facets, libraryCount, refresh } = library;
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const attempt = async (action: () => Promise<unknown>) => {
    try {
      await edit(action);
      setError(null);
      await refresh();
    } catch (err) {
      setError(failureText(err));
    }
  };

  const create = (e: Event) => {
    e.preventDefault();
    void attempt(async () => {
      const c = await createCollection(db, newName);
      setNewName('');
      setQuery({ ...query, collectionId: c.id });
    });
  };

  return (
    <aside class="sidebar">
      <nav aria-labelledby="collections-heading">
        <h2 id="collections-heading">{t('collections')}</h2>
        <ul class="collections" data-testid="collections">
          <li>
            <button type="button" class={!query.collectionId ? 'active' : ''} onClick={() => setQuery({ ...query, collectionId: undefined })}>
              <span>{t('allClips')}</span>
              <span class="count">{libraryCount === null ? '' : formatNumber(libraryCount)}</span>
            </button>
          </li>
          {collections.map((c) => (
            <li key={c.id}>
              <button type="button" class={query.collectionId === c.id ? 'active' : ''} onClick={() => setQuery({ ...query, collectionId: c.id })}>
                <span>{c.name}</span>
                <span class="count">{formatNumber(c.count)}</span>
              </button>
              {query.collectionId === c.id && (
                <span class="collection-actions">
                  <button
                    type="button"
                    class="link"
                    onClick={() => {
                      const name = prompt(t('renameCollectionPrompt'), c.name);
                      if (name !== null) void attempt(() => renameCollection(db, c.id, name));
                    }}
                  >
                    {t('rename')}
                  </button>
                  <button
                    type="button"
                    class="link danger"
                    onClick={() => {
                      if (confirm(t('deleteCollectionConfirm', c.name))) void attempt(async () => {
                        await deleteCollection(db, c.id);
                        setQuery({ ...query, collectionId: undefined });
                      });
                    }}
                  >
                    {t('delete')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
        <form class="new-collection" onSubmit={create}>
          <input value={newName} onInput={(e) => setNewName(e.currentTarget.value)} placeholder={t('newCollectionPlaceholder')} aria-label={t('newCollection')} data-testid="new-collection" />
          <button type="submit" disabled={!newName.trim()}>
            {t('add')}
          </button>
        </form>
        {error && <p class="error" role="alert">{error}</p>}
      </nav>
      <section class="filters" aria-labelledby="filters-heading">
        <h2 id="filters-heading">{t('filters')}</h2>
        <EntityFilter library={library} />
        <label>
          <span>{t('fieldSite')}</span>
          <select value={query.site ?? ''} onChange={(e) => setQuery({ ...query, site: e.currentTarget.value || undefined })} data-testid="filter-site">
            <option value="">{t('any')}</option>
            {facets.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('tag')}</span>
          <select value={query.tag ?? ''} onChange={(e) => setQuery({ ...query, tag: e.currentTarget.value || undefined })}>
            <option value="">{t('any')}</option>
            {facets.tags.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <div class="dates">
          <label>
            <span>{t('dateFrom')}</span>
            <input type="date" value={query.from ?? ''} onInput={(e) => setQuery({ ...query, from: e.currentTarget.value || undefined })} />
          </label>
          <label>
            <span>{t('dateTo')}</span>
            <input type="date" value={query.to ?? ''} onInput={(e) => setQuery({ ...query, to: e.currentTarget.value || undefined })} />
          </label>
        </div>
        {(query.site || query.tag || query.from || query.to || query.entityId) && (
          <button type="button" class="link" onClick={() => setQuery({ text: query.text, collectionId: query.collectionId })}>
            {t('clearFilters')}
          </button>
        )}
      </section>
      <StorageStatus />
    </aside>
  );
}
