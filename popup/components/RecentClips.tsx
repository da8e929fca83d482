/** The most recent clips; each opens its page. */
import browser from '../../src/platform/browser';
import { t } from '../../src/platform/i18n';
import type { ArticleRecord } from '../../src/db/types';
import { formatLocalTime, safeHref } from '../ui';

type Props = { articles: ArticleRecord[] | null; currentId: string | null };

export function RecentClips({ articles, currentId }: Props) {
  if (!articles) return null;
  return (
    <section class="recent" aria-labelledby="recent-heading">
      <div class="recent-head">
        <h2 id="recent-heading">{t('recentClips')}</h2>
        <a
          href="library.html"
          onClick={(e) => {
            e.preventDefault();
            void browser.tabs.create({ url: browser.runtime.getURL('popup/library.html') });
          }}
          data-testid="open-library"
        >
          {t('openLibrary')}
        </a>
      </div>
      {articles.length === 0 ? (
        <p class="muted">{t('noRecentClips')}</p>
      ) : (
        <ul data-testid="recent-list">
          {articles.map((a) => (
            <li key={a.id} class={a.id === currentId ? 'current' : ''}>
              <a
                href={safeHref(a.url)}
                onClick={(e) => {
                  e.preventDefault();
                  const href = safeHref(a.url);
                  if (href) void browser.tabs.create({ url: href });
                }}
              >
                <span class="title">{a.title}</span>
                <span class="meta">
                  {[a.siteName, formatLocalTime(a.clippedAt)].filter(Boolean).join(' · ')}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
