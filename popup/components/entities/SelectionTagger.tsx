/** Tag what the analyst selected on the page as an official or a project, after checking the name. */
import { useState } from 'preact/hooks';
import { send } from '../../../src/platform/send';
import { t } from '../../../src/platform/i18n';
import type { AppError } from '../../../src/messages/result';
import { errorText } from '../../ui';
import { EntityForm } from './EntityForm';

type Draft = { kind: 'official' | 'project'; name: string; roles: string[] };
type Props = { tabId: number | null; busy: boolean; onAccept: (kind: Draft['kind'], name: string, roles: string[]) => void };

export function SelectionTagger({ tabId, busy, onAccept }: Props) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const start = async (kind: Draft['kind']) => {
    if (tabId === null) return;
    setProblem(null);
    const reply = await send('readSelection', { tabId });
    if (!reply.ok) return setProblem(errorText(reply.error as AppError));
    const { text, official, project } = reply.value;
    if (!text) return setProblem(t('selectionEmpty'));
    // The selection may carry titles ("Bí thư Tỉnh ủy Trần Quốc Cường"): prefill what it reads as.
    if (kind === 'official') setDraft({ kind, name: official?.name ?? text, roles: official?.positions ?? [] });
    else setDraft({ kind, name: project ?? text, roles: [] });
  };

  return (
    <div class="selection-tagger">
      <div class="tag-row">
        <span id="tag-selection-label">{t('tagSelectionLabel')}</span>
        <div role="group" aria-labelledby="tag-selection-label" class="tag-buttons">
          <button type="button" disabled={busy || tabId === null} onClick={() => void start('official')} data-testid="tag-selection-official">
            {t('tagAsOfficial')}
          </button>
          <button type="button" disabled={busy || tabId === null} onClick={() => void start('project')} data-testid="tag-selection-project">
            {t('tagAsProject')}
          </button>
        </div>
      </div>
      {problem && (
        <p class="hint" role="status">
          {problem}
        </p>
      )}
      {draft && (
        <EntityForm
          key={`${draft.kind}:${draft.name}`}
          kind={draft.kind}
          name={draft.name}
          roles={draft.roles}
          onCancel={() => setDraft(null)}
          onSubmit={(name, roles) => {
            setDraft(null);
            onAccept(draft.kind, name, roles);
          }}
        />
      )}
    </div>
  );
}
