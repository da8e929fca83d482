/** The popup: the current tab's clip status, the Clip button, its highlights, its officials and projects, the stored metadata, recent clips. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../src/platform/send';
import { t } from '../src/platform/i18n';
import type { PageState } from '../src/messages/protocol';
import type { AppError } from '../src/messages/result';
import type { ArticleRecord } from '../src/db/types';
import { ArticleForm } from './components/ArticleForm';
import { ClipPanel } from './components/ClipPanel';
import { EntitiesPanel } from './components/entities/EntitiesPanel';
import { Header } from './components/Header';
import { HighlightsPanel } from './components/highlights/HighlightsPanel';
import { RecentClips } from './components/RecentClips';
import { targetTabId } from './ui';

const RECENT_LIMIT = 6;

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<PageState | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [recent, setRecent] = useState<ArticleRecord[] | null>(null);

  const refreshRecent = useCallback(async () => {
    const reply = await send('listRecent', { limit: RECENT_LIMIT });
    setRecent(reply.ok ? reply.value : []);
  }, []);

  useEffect(() => {
    void (async () => {
      const id = await targetTabId();
      if (id === null) {
        setError({ code: 'no-tab', message: 'No active tab.' });
        return;
      }
      setTabId(id);
      const reply = await send('getPageState', { tabId: id });
      // The popup benchmark reads this mark: the page's state is known and about to be drawn.
      requestAnimationFrame(() => performance.mark('dossier-popup-ready'));
      if (reply.ok) setPage(reply.value);
      else setError(reply.error);
    })();
    void refreshRecent();
  }, [refreshRecent]);

  const onArticle = useCallback(
    (article: ArticleRecord) => {
      setPage((p) => (p ? { ...p, article } : p));
      void refreshRecent();
    },
    [refreshRecent],
  );

  return (
    <div class="popup">
      <Header url={page?.url ?? ''} />
      <main>
        {!page && !error && (
          <p class="muted" role="status">
            {t('popupLoading')}
          </p>
        )}
        {(page || error) && <ClipPanel tabId={tabId} page={page} pageError={error} onClipped={onArticle} />}
        {page?.article && <EntitiesPanel key={page.article.id + page.article.clippedAt} articleId={page.article.id} tabId={tabId} />}
        {page && !page.blocked && tabId !== null && <HighlightsPanel tabId={tabId} url={page.url} articleId={page.article?.id ?? null} onArticle={onArticle} />}
        {page?.article && <ArticleForm key={page.article.id + page.article.clippedAt} article={page.article} onSaved={onArticle} />}
      </main>
      <RecentClips articles={recent} currentId={page?.article?.id ?? null} />
    </div>
  );
}
