/** The library: search and filters on the left, clips on the right, export and import on top. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { ClipList } from './ClipList';
import { Sidebar } from './Sidebar';
import { Toolbar } from './Toolbar';
import { useLibrary } from './use-library';

export function Library() {
  const library = useLibrary();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // A selection holds only clips the page shows: kept across a new search, it would send clips
  // no longer on screen to a collection, or delete them.
  useEffect(() => setSelected(new Set()), [library.query]);

  return (
    <div class="library">
      <header class="topbar">
        <a class="brand" href="library.html">
          <img src="../icons/icon-32.png" alt="" width={22} height={22} />
          <span>{t('extName')}</span>
        </a>
        <label class="search">
          <span class="visually-hidden">{t('librarySearch')}</span>
          <input
            type="search"
            placeholder={t('librarySearchPlaceholder')}
            value={library.query.text ?? ''}
            onInput={(e) => library.setQuery({ ...library.query, text: e.currentTarget.value || undefined })}
            data-testid="library-search"
            autoFocus
          />
        </label>
      </header>
      <Sidebar library={library} />
      <main class="results" aria-live="polite">
        <Toolbar library={library} selected={selected} onSelect={setSelected} onSelectionDone={() => setSelected(new Set())} />
        <ClipList library={library} selected={selected} onSelect={setSelected} />
      </main>
    </div>
  );
}
