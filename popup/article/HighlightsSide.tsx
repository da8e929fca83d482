/**
 * The stored copy's highlights beside the text: a form for the words selected in the body,
 * the highlights in text order (click one to scroll to it), and the ones that found no
 * place in the text (orphans), which can be attached to the selection.
 */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import type { Selectors } from '../../src/core/anchoring';
import { HighlightCard } from '../shared/highlights/HighlightCard';
import { HighlightFields } from '../shared/highlights/HighlightFields';
import { emptyDraft, fieldsOf } from '../shared/highlights/draft';
import type { AnnotationRecord } from '../../src/db/types';
import { renderMarkdown } from './MarkdownNote';
import './highlights-side.css';
import type { ArticleHighlights } from './use-article-highlights';

type Props = { hl: ArticleHighlights; selection: Selectors | null; onUsed: () => void; onGoTo: (id: string) => void };

const preview = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);

export function HighlightsSide({ hl, selection, onUsed, onGoTo }: Props) {
  const [draft, setDraft] = useState(() => emptyDraft());
  const orphanIds = new Set(hl.orphanIds);
  const placed = hl.highlights.filter((h) => !orphanIds.has(h.id));
  const orphans = hl.highlights.filter((h) => orphanIds.has(h.id));

  const create = async () => {
    if (!selection) return;
    if (await hl.create(selection, fieldsOf(draft))) {
      setDraft(emptyDraft(draft.color));
      onUsed();
    }
  };
  const [hint, setHint] = useState(false);
  const attach = async (id: string) => {
    setHint(!selection);
    if (selection && (await hl.attach(id, selection))) onUsed();
  };
  const card = (h: AnnotationRecord, orphan: boolean) => (
    <HighlightCard
      key={h.id + h.updatedAt}
      highlight={h}
      renderNote={renderMarkdown}
      orphan={orphan}
      active={h.id === hl.activeId}
      busy={hl.busy}
      onSave={(fields) => hl.update(h.id, fields)}
      onDelete={() => hl.remove(h.id)}
      onAttach={() => void attach(h.id)}
      onGoTo={() => onGoTo(h.id)}
    />
  );

  return (
    <section class="side-highlights" data-testid="article-highlights">
      <h2>
        {t('hlHeading')} {placed.length > 0 && <span class="count">{placed.length}</span>}
      </h2>
      <form
        class="hl-new"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <p class={selection ? 'hl-pending' : 'muted'} data-testid="hl-pending">
          {selection ? t('hlSelected', preview(selection.quote.exact)) : t('hlSelectInArticle')}
        </p>
        {selection && (
          <>
            <HighlightFields name="new" draft={draft} onChange={setDraft} onSubmit={() => void create()} />
            <button type="submit" class="primary" disabled={hl.busy} data-testid="hl-create">
              {t('hlCreate')}
            </button>
          </>
        )}
      </form>
      {hint && !selection && (
        <p class="error" role="alert">
          {t('error_no_selection')}
        </p>
      )}
      {hl.error && (
        <p class="error" role="alert">
          {hl.error}
        </p>
      )}
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
    </section>
  );
}
