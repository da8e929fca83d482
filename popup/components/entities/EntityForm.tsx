/** The name (and, for an official, the positions) of an entity, corrected before it is accepted. */
import { useState } from 'preact/hooks';
import { t } from '../../../src/platform/i18n';

type Props = {
  kind: 'official' | 'project';
  name: string;
  roles: readonly string[];
  onSubmit: (name: string, roles: string[]) => void;
  onCancel: () => void;
};

export function EntityForm({ kind, name: initialName, roles: initialRoles, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initialName);
  const [roles, setRoles] = useState(initialRoles.join('\n'));
  const submit = (e: Event) => {
    e.preventDefault();
    if (name.trim()) onSubmit(name.trim(), roles.split('\n').map((r) => r.trim()).filter(Boolean));
  };
  return (
    <form
      class="entity-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      data-testid="entity-form"
    >
      <label>
        <span>{t('entityName')}</span>
        <input value={name} maxLength={300} onInput={(e) => setName(e.currentTarget.value)} required autoFocus data-testid="entity-form-name" />
      </label>
      {kind === 'official' && (
        <label>
          <span>{t('entityPositions')}</span>
          <textarea rows={Math.min(4, Math.max(2, initialRoles.length))} value={roles} onInput={(e) => setRoles(e.currentTarget.value)} data-testid="entity-form-roles" />
        </label>
      )}
      <div class="form-actions">
        <button type="button" onClick={onCancel}>
          {t('entityCancel')}
        </button>
        <button type="submit" class="primary" disabled={!name.trim()} data-testid="entity-form-accept">
          {t('entityAccept')}
        </button>
      </div>
    </form>
  );
}
