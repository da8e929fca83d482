/** The stored copy of a clip: its metadata, highlights, collections, tags, capture history and sanitized body; deleting it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import type { ArticleBody, ArticleRecord } from '../../src/db/types';
import { db } from '../shared/db';
import { formatLocalTime, formatNumber, formatPublished, safeHref } from '../shared/format';
import { ClipDetails } from './ClipDetails';
import { DeleteClip } from './DeleteClip';
import { HighlightedBody } from './HighlightedBody';
import { HighlightsSide } from './HighlightsSide';
import { useArticleHighlights } from './use-article-highlights';
import type { Selectors } from '../../src/core/anchoring';
import type { Painter } from '../../src/content/annotate/painter';

export function ArticlePage({ id }: { id: string }) {
  const [article, setArticle] = useState<ArticleRecord | null | undefined>(undefined);
  const [body, setBody] = useState<ArticleBody | null>(null);
  const hl = useArticleHighlights(article ?? null);
  const [selection, setSelection] = useState<Selectors | null>(null);
  const painter = useRef<Painter | null>(null);
  const goTo = (id: string) => {
    hl.setActiveId(id);
    painter.current?.markOf(id)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const onMarkClick = (id: string) => {
    hl.setActiveId(id);
    document.querySelector(`.side [data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };

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
          <HighlightedBody
            html={body?.html ?? ''}
            selection={selection}
            highlights={hl.highlights}
            onPainter={(p) => (painter.current = p)}
            onOrphans={hl.setOrphanIds}
            onSelection={setSelection}
            onMarkClick={onMarkClick}
          />
        </article>
        <aside class="side">
          <HighlightsSide hl={hl} selection={selection} onUsed={() => (setSelection(null), document.getSelection()?.removeAllRanges())} onGoTo={goTo} />
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
          <DeleteClip articleId={article.id} />
        </aside>
      </div>
    </div>
  );
}
