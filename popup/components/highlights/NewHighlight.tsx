/** The new-highlight form: colour, note, tags, and the button that highlights the page's selection. */
import { useEffect, useState } from 'preact/hooks';
import browser from '../../../src/platform/browser';
import { t } from '../../../src/platform/i18n';
import { HighlightFields } from '../../shared/highlights/HighlightFields';
import { emptyDraft, fieldsOf, type HighlightFields as Fields } from '../../shared/highlights/draft';

type Props = { busy: boolean; onCreate: (fields: Fields) => Promise<boolean> };

/** The highlight shortcut as the browser has it set (the analyst may have changed it), or ''. */
function useShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'highlight-selection')?.shortcut ?? ''))
      .catch(() => undefined);
  }, []);
  return shortcut;
}

export function NewHighlight({ busy, onCreate }: Props) {
  const [draft, setDraft] = useState(() => emptyDraft());
  const shortcut = useShortcut();
  const create = async () => {
    // The colour stays for the next highlight: analysts code by colour, often several in a row.
    if (await onCreate(fieldsOf(draft))) setDraft(emptyDraft(draft.color));
  };
  return (
    <form
      class="hl-new"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <HighlightFields name="new" draft={draft} onChange={setDraft} onSubmit={() => void create()} />
      <button type="submit" class="hl-go" disabled={busy} data-testid="hl-create">
        {busy ? t('hlCreating') : t('hlCreate')}
      </button>
      <p class="muted hint">{shortcut ? t('hlHint', shortcut) : t('hlHintNoShortcut')}</p>
    </form>
  );
}
