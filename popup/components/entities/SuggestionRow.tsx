/** One suggested official or project: accept it as it is, correct it first, or reject it. */
import { useState } from 'preact/hooks';
import { t } from '../../../src/platform/i18n';
import { EntityForm } from './EntityForm';

type Props = {
  kind: 'official' | 'project';
  name: string;
  roles: readonly string[];
  busy: boolean;
  onAccept: (name: string, roles: string[]) => void;
  onReject: () => void;
};

export function SuggestionRow({ kind, name, roles, busy, onAccept, onReject }: Props) {
  const [editing, setEditing] = useState(false);
  return (
    <li class={`suggestion ${kind}`} data-testid="suggestion" data-kind={kind}>
      <div class="suggestion-main">
        <span class={`kind-mark ${kind}`} title={t(`entityType_${kind}`)} aria-hidden="true" />
        <div class="what">
          <span class="name">{name}</span>
          {roles.length > 0 && <span class="roles">{roles.join(' · ')}</span>}
        </div>
        {!editing && (
          <div class="acts">
            <button type="button" class="accept" disabled={busy} onClick={() => onAccept(name, [...roles])} aria-label={t('entityAcceptLabel', name)} data-testid="suggestion-accept">
              {t('entityAccept')}
            </button>
            <button type="button" class="quiet" disabled={busy} onClick={() => setEditing(true)} aria-label={t('entityEditLabel', name)} data-testid="suggestion-edit">
              {t('entityEdit')}
            </button>
            <button type="button" class="quiet icon" disabled={busy} onClick={onReject} aria-label={t('entityRejectLabel', name)} title={t('entityReject')} data-testid="suggestion-reject">
              ✕
            </button>
          </div>
        )}
      </div>
      {editing && (
        <EntityForm
          kind={kind}
          name={name}
          roles={roles}
          onCancel={() => setEditing(false)}
          onSubmit={(n, r) => {
            setEditing(false);
            onAccept(n, r);
          }}
        />
      )}
    </li>
  );
}
