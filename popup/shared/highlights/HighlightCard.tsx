/**
 * One highlight in a list (popup or stored copy): its quote in its colour, note, tags and
 * actions; Edit turns it into a form. The note is shown by `renderNote`: plain text in the
 * popup (no Markdown renderer in its budget), sanitized Markdown on the stored copy.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../src/platform/i18n';
import type { AnnotationRecord } from '../../../src/db/types';
import { HighlightFields } from './HighlightFields';
import { draftOf, fieldsOf, type HighlightFields as Fields } from './draft';

type Props = {
  highlight: AnnotationRecord;
  renderNote: (markdown: string) => ComponentChildren;
  /** Could not be placed on the page: offers Attach instead of Go to. */
  orphan?: boolean;
  active?: boolean;
  /** Save the edit; resolves false when it failed (the form stays open). */
  onSave: (fields: Fields) => Promise<boolean>;
  onDelete: () => Promise<void>;
  /** Move an orphan to the current selection. */
  onAttach?: () => void;
  /** Scroll to the highlight in the text. */
  onGoTo?: () => void;
  busy?: boolean;
};

export function HighlightCard({ highlight: h, renderNote, orphan, active, onSave, onDelete, onAttach, onGoTo, busy }: Props) {
  const [draft, setDraft] = useState(() => draftOf(h));
  const [editing, setEditing] = useState(false);
  const save = async () => {
    if (await onSave(fieldsOf(draft))) setEditing(false);
  };
  const edit = () => {
    setDraft(draftOf(h));
    setEditing(true);
  };
  return (
    <li class={`hl-card${active ? ' is-active' : ''}`} data-testid={orphan ? 'orphan' : 'highlight'} data-id={h.id}>
      <blockquote class={`hl-quote hl-c-${h.color}`} data-testid="hl-quote" title={h.selectors.quote.exact}>
        {h.selectors.quote.exact}
      </blockquote>
      {editing ? (
        <form
          class="hl-edit"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <HighlightFields name={`c-${h.id}`} draft={draft} onChange={setDraft} onSubmit={() => void save()} autoFocus />
          <div class="hl-actions">
            <button type="button" class="danger" onClick={() => void onDelete()} disabled={busy} data-testid="hl-delete">
              {t('hlDelete')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('hlCancel')}
            </button>
            <button type="submit" class="primary" disabled={busy} data-testid="hl-save">
              {t('hlSave')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {h.note && (
            <div class="hl-note" data-testid="hl-note-text">
              {renderNote(h.note)}
            </div>
          )}
          {h.tags.length > 0 && (
            <ul class="hl-tags" aria-label={t('hlTags')}>
              {h.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          <div class="hl-actions">
            {orphan && onAttach && (
              <button type="button" onClick={onAttach} disabled={busy} data-testid="hl-attach">
                {t('hlAttach')}
              </button>
            )}
            {!orphan && onGoTo && (
              <button type="button" class="link" onClick={onGoTo}>
                {t('hlGoTo')}
              </button>
            )}
            <button type="button" onClick={edit} data-testid="hl-edit">
              {t('hlEdit')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}
