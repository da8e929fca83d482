/** Above the list: how many clips match, what to do with the selected ones, export and import. */
import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../../src/platform/i18n';
import { setMembership } from '../../src/db/collections';
import { deleteArticles } from '../../src/db/articles';
import { db, edit } from '../shared/db';
import { formatNumber } from '../shared/format';
import { failureText } from '../ui';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import type { LibraryState } from './use-library';

type Props = { library: LibraryState; selected: Set<string>; onSelect: (ids: Set<string>) => void; onSelectionDone: () => void };

export function Toolbar({ library, selected, onSelect, onSelectionDone }: Props) {
  const { total, rows, collections, query, refresh, libraryCount, matchIds } = library;
  // Every match of a search, filter or collection (all pages of it); the whole library, unfiltered,
  // has no such list: the clips shown then.
  const all = matchIds ?? rows?.map((r) => r.id) ?? [];
  const allSelected = all.length > 0 && all.every((id) => selected.has(id));
  const [panel, setPanel] = useState<'export' | 'import' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = total ?? (query.from || query.to ? null : libraryCount);

  const act = async (write: () => Promise<unknown>) => {
    try {
      await edit(write);
      setError(null);
      onSelectionDone();
      await refresh();
    } catch (err) {
      setError(failureText(err));
    }
  };
  const addTo = (collectionId: string, member: boolean) => act(() => setMembership(db, collectionId, [...selected], member));
  const remove = () => {
    if (confirm(t('deleteClipsConfirm', formatNumber(selected.size)))) void act(() => deleteArticles(db, [...selected]));
  };

  return (
    <div class="toolbar">
      <div class="toolbar-row">
        {all.length > 0 && (
          <input
            type="checkbox"
            class="select-all"
            checked={allSelected}
            onChange={() => onSelect(allSelected ? new Set() : new Set(all))}
            aria-label={t('selectAll', formatNumber(all.length))}
            title={t('selectAll', formatNumber(all.length))}
            data-testid="select-all"
          />
        )}
        <span class="count" data-testid="result-count">
          {shown === null ? (rows ? t('clipsShown', formatNumber(rows.length)) : '') : t('clipCount', formatNumber(shown))}
        </span>
        {selected.size > 0 && (
          <span class="selection">
            <span>{t('selectedCount', formatNumber(selected.size))}</span>
            <select
              aria-label={t('addToCollection')}
              onChange={(e) => {
                const id = e.currentTarget.value;
                e.currentTarget.value = '';
                if (id) void addTo(id, true);
              }}
              data-testid="add-to-collection"
            >
              <option value="">{t('addToCollection')}</option>
              {collections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            {query.collectionId && (
              <button type="button" onClick={() => void addTo(query.collectionId!, false)}>
                {t('removeFromCollection')}
              </button>
            )}
            <button type="button" class="danger" onClick={remove} data-testid="delete-clips">
              {t('deleteClips')}
            </button>
          </span>
        )}
        <span class="spacer" />
        <button type="button" aria-expanded={panel === 'export'} onClick={() => setPanel(panel === 'export' ? null : 'export')} data-testid="export-toggle">
          {t('export')}
        </button>
        <button type="button" aria-expanded={panel === 'import'} onClick={() => setPanel(panel === 'import' ? null : 'import')}>
          {t('import')}
        </button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {panel === 'export' && <ExportPanel library={library} locale={uiLanguage().startsWith('vi') ? 'vi' : 'en'} />}
      {panel === 'import' && <ImportPanel onImported={() => void refresh()} />}
    </div>
  );
}
