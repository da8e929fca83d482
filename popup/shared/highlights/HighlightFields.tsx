/** Colour, note and tags of a highlight: the fields of the new-highlight form and of every editor. */
import { t } from '../../../src/platform/i18n';
import { MAX_NOTE, MAX_TAG, MAX_TAGS } from '../../../src/core/annotations/limits';
import { ColorPicker } from './ColorPicker';
import type { Draft } from './draft';
import './highlights.css';

type Props = {
  draft: Draft;
  onChange: (d: Draft) => void;
  /** Unique per form on the page, so radio groups do not merge. */
  name: string;
  /** Ctrl+Enter (⌘+Enter) in the note submits. */
  onSubmit: () => void;
  autoFocus?: boolean;
};

export function HighlightFields({ draft, onChange, name, onSubmit, autoFocus }: Props) {
  const submitOnCtrlEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSubmit();
    }
  };
  return (
    <div class="hl-fields">
      <ColorPicker name={name} value={draft.color} onChange={(color) => onChange({ ...draft, color })} />
      <textarea
        rows={2}
        value={draft.note}
        maxLength={MAX_NOTE}
        placeholder={t('hlNotePlaceholder')}
        aria-label={t('hlNote')}
        onInput={(e) => onChange({ ...draft, note: e.currentTarget.value })}
        onKeyDown={submitOnCtrlEnter}
        autoFocus={autoFocus}
        data-testid="hl-note"
      />
      <input
        value={draft.tagText}
        maxLength={MAX_TAG * MAX_TAGS}
        placeholder={t('hlTagsPlaceholder')}
        aria-label={t('hlTags')}
        onInput={(e) => onChange({ ...draft, tagText: e.currentTarget.value })}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), onSubmit())}
        data-testid="hl-tags"
      />
    </div>
  );
}
