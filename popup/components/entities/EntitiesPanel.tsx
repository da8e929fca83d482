/**
 * The clip's officials and projects: what is tagged (chips to the entity pages), what the
 * article suggests (accept, edit, reject), amounts, tagging the page's selection, and linking
 * an entity the analyst already follows. Everything goes through the background.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../../src/platform/send';
import { t } from '../../../src/platform/i18n';
import type { ArticleEntities } from '../../../src/db/article-entities';
import type { BackgroundReply } from '../../../src/messages/protocol';
import type { AppError } from '../../../src/messages/result';
import { EntityCombobox } from '../../shared/EntityCombobox';
import { errorText } from '../../ui';
import { AmountList } from './AmountList';
import { LinkedEntities } from './LinkedEntities';
import { SelectionTagger } from './SelectionTagger';
import { SuggestionRow } from './SuggestionRow';
import './entities.css';

type Props = { articleId: string; tabId: number | null };
type StateReply = BackgroundReply<'getArticleEntities'>;

const searchAll = async (query: string) => {
  const reply = await send('searchEntities', { query, limit: 8 });
  return reply.ok ? reply.value : [];
};

export function EntitiesPanel({ articleId, tabId }: Props) {
  const [state, setState] = useState<ArticleEntities | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const apply = useCallback(async (call: Promise<StateReply>) => {
    setBusy(true);
    const reply = await call;
    setBusy(false);
    if (reply.ok) {
      setState(reply.value);
      setError(null);
    } else setError(reply.error);
  }, []);

  useEffect(() => {
    void apply(send('getArticleEntities', { articleId }));
  }, [articleId, apply]);

  const accept = (type: 'official' | 'project', name: string, roles: string[], origin: 'suggestion' | 'manual' = 'suggestion') =>
    void apply(send('acceptEntity', { articleId, type, name, roles, origin }));
  const reject = (kind: 'official' | 'project' | 'amount', text: string) => void apply(send('rejectSuggestion', { articleId, kind, text }));

  const pending = state?.pending;
  const suggestionCount = pending ? pending.officials.length + pending.projects.length : 0;
  return (
    <section class="entities" aria-labelledby="entities-heading" aria-busy={busy} data-testid="entities-panel">
      <h2 id="entities-heading">{t('entitiesHeading')}</h2>
      {!state && !error && <p class="muted">{t('popupLoading')}</p>}
      {state && state.linked.length > 0 && (
        <LinkedEntities
          linked={state.linked}
          busy={busy}
          search={searchAll}
          onRemove={(e) => void apply(send('unlinkEntity', { articleId, entityId: e.id }))}
          onMerge={(keep, duplicate) => void apply(send('mergeEntities', { articleId, keepId: keep.id, mergeId: duplicate.id }))}
        />
      )}
      {pending && pending.officials.length > 0 && (
        <>
          <h3>{t('suggestedOfficials')}</h3>
          <ul class="suggestions" data-testid="suggestions">
            {pending.officials.map((o) => (
              <SuggestionRow key={`o:${o.name}`} kind="official" name={o.name} roles={o.positions} busy={busy} onAccept={(n, r) => accept('official', n, r)} onReject={() => reject('official', o.name)} />
            ))}
          </ul>
        </>
      )}
      {pending && pending.projects.length > 0 && (
        <>
          <h3>{t('suggestedProjects')}</h3>
          <ul class="suggestions" data-testid="project-suggestions">
            {pending.projects.map((p) => (
              <SuggestionRow key={`p:${p.name}`} kind="project" name={p.name} roles={[]} busy={busy} onAccept={(n) => accept('project', n, [])} onReject={() => reject('project', p.name)} />
            ))}
          </ul>
        </>
      )}
      {pending && pending.amounts.length > 0 && (
        <>
          <h3>{t('amountsHeading')}</h3>
          <AmountList
            amounts={pending.amounts}
            projects={(state?.linked ?? []).filter((e) => e.type === 'project')}
            busy={busy}
            onRecord={(a, projectId) => void apply(send('recordAmount', { articleId, projectId, text: a.text }))}
            onReject={(a) => reject('amount', a.text)}
          />
        </>
      )}
      {state && state.linked.length === 0 && suggestionCount === 0 && <p class="hint">{t('entitiesNone')}</p>}
      <SelectionTagger tabId={tabId} busy={busy} onAccept={(kind, name, roles) => accept(kind, name, roles, 'manual')} />
      <EntityCombobox
        search={searchAll}
        onPick={(e) => void apply(send('linkEntity', { articleId, entityId: e.id }))}
        label={t('linkEntityLabel')}
        placeholder={t('entitySearchPlaceholder')}
        testId="link-entity"
      />
      {error && (
        <p class="error" role="alert" data-testid="entities-error">
          {errorText(error)}
        </p>
      )}
    </section>
  );
}
