/** The stored copy of a clip: its metadata, collections, tags, capture history and sanitized body. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import type { ArticleBody, ArticleRecord } from '../../src/db/types';
import { db } from '../shared/db';
import { formatLocalTime, formatNumber, formatPublished, safeHref } from '../shared/format';
import { ArticleBodyView } from './ArticleBodyView';
import { ClipDetails } from './ClipDetails';

export function ArticlePage({ id }: { id: string }) {
  const [article, setArticle] = useState<ArticleRecord | null | undefined>(undefined);
  const [body, setBody] = useState<ArticleBody | null>(null);

  useEffect(() => {
    void (async () => {
      const [a, b] = await Promise.all([db.articles.get(id), db.bodies.get(id)]);
      setArticle(a && !a.deletedAt ? a : null);
      setBody(b ?? null);
      if (a) document.title = `${a.title} · Dossier`;
    })();
  }, [id]);

  if (article === undefined) return <p class="muted page-pad">{t('popupLoading')}</p>;
  if (article === null) return <p class="error page-pad">{t('error_not_found')}</p>;

  return (
    <div class="article-page">
      <header class="topbar">
        <a class="brand" href="library.html">
          <img src="../icons/icon-32.png" alt="" width={22} height={22} />
          <span>{t('extName')}</span>
        </a>
        <a href="library.html" class="back">
          ← {t('backToLibrary')}
        </a>
      </header>
      <div class="columns">
        <article class="stored" lang={article.lang ?? undefined}>
          <p class="kicker">{[article.siteName, formatPublished(article.publishedAt)].filter(Boolean).join(' · ')}</p>
          <h1 data-testid="article-title">{article.title}</h1>
          <p class="byline">
            {article.author && <span>{article.author}</span>}
            <span>{t('wordCount', formatNumber(article.wordCount))}</span>
            {safeHref(article.url) && (
              <a href={safeHref(article.url)} target="_blank" rel="noopener noreferrer">
                {t('openOriginal')}
              </a>
            )}
          </p>
          <ArticleBodyView html={body?.html ?? ''} />
        </article>
        <aside class="side">
          <ClipDetails article={article} onChange={setArticle} />
          <section>
            <h2>{t('captureHistory')}</h2>
            <ol class="captures" data-testid="captures">
              {[...article.captures].reverse().map((c) => (
                <li key={c.capturedAt}>
                  <span>{formatLocalTime(c.capturedAt)}</span>
                  <code title={c.contentHash}>{c.contentHash.slice(0, 10)}</code>
                  <span class="muted">{t('wordCount', formatNumber(c.wordCount))}</span>
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </div>
  );
}
