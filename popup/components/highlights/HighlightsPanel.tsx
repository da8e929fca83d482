/**
 * The popup's highlights section: the new-highlight form, the page's highlights, the ones
 * that no longer fit the page (orphans, never dropped), and the page-level switches.
 */
import { t } from '../../../src/platform/i18n';
import type { ArticleRecord } from '../../../src/db/types';
import { HighlightCard } from '../../shared/highlights/HighlightCard';
import { errorText } from '../../ui';
import { AutoRestoreToggle } from './AutoRestoreToggle';
import { NewHighlight } from './NewHighlight';
import { NoteText } from './NoteText';
import { usePageHighlights } from './use-page-highlights';
import './panel.css';

type Props = { tabId: number; url: string; articleId: string | null; onArticle: (a: ArticleRecord) => void };

const plain = (note: string) => <NoteText note={note} />;

export function HighlightsPanel({ tabId, url, articleId, onArticle }: Props) {
  const hl = usePageHighlights(tabId, articleId, onArticle);
  const view = hl.view;
  const orphanIds = new Set(view?.orphanIds ?? []);
  const placed = view?.highlights.filter((h) => !orphanIds.has(h.id)) ?? [];
  const orphans = view?.highlights.filter((h) => orphanIds.has(h.id)) ?? [];
  const card = (h: (typeof placed)[number], orphan: boolean) => (
    <HighlightCard
      key={h.id + h.updatedAt}
      highlight={h}
      renderNote={plain}
      orphan={orphan}
      active={h.id === view?.changedId}
      busy={hl.busy}
      onSave={(fields) => hl.update(h.id, fields)}
      onDelete={() => hl.remove(h.id)}
      onAttach={() => void hl.attach(h.id)}
    />
  );

  return (
    <section class="panel hl-panel" aria-labelledby="hl-heading" data-testid="highlights">
      <div class="hl-head">
        <h2 id="hl-heading">{t('hlHeading')}</h2>
        {placed.length > 0 && <span class="muted">{t('hlCount', placed.length)}</span>}
      </div>
      <NewHighlight busy={hl.busy} onCreate={hl.create} />
      {hl.error && (
        <p class="error" role="alert" data-testid="hl-error" data-code={hl.error.code}>
          {hl.error.code === 'not-found' ? t('hlGone') : errorText(hl.error)}
        </p>
      )}
      {view?.paintError && <p class="muted">{t('hlNotDrawn')}</p>}
      {view && view.article && !view.highlights.length && <p class="muted">{t('hlNone')}</p>}
      {placed.length > 0 && (
        <ul class="hl-list" data-testid="highlight-list">
          {placed.map((h) => card(h, false))}
        </ul>
      )}
      {orphans.length > 0 && (
        <div class="hl-orphans" data-testid="orphans">
          <h3>{t('hlOrphans', orphans.length)}</h3>
          <p class="muted">{t('hlOrphansHelp')}</p>
          <ul class="hl-list">{orphans.map((h) => card(h, true))}</ul>
        </div>
      )}
      {view?.article && (
        <div class="hl-page">
          <AutoRestoreToggle tabId={tabId} url={url} on={view.autoRestore} onChange={hl.setAutoRestore} />
          {view.highlights.length > 0 && !view.paintError && (
            <button type="button" class="small" onClick={() => void hl.toggleHidden()} disabled={hl.busy} data-testid="hl-hide">
              {hl.hidden ? t('hlShow') : t('hlHide')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
