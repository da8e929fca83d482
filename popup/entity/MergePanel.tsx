/** Merge a duplicate into this entity (found by autocomplete), or delete this one. */
import { useCallback, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { searchEntities } from '../../src/db/entities';
import { deleteEntity, mergeEntities } from '../../src/db/entity-edit';
import type { EntityRecord } from '../../src/db/types';
import type { EntitySummary } from '../../src/messages/protocol';
import { EntityCombobox } from '../shared/EntityCombobox';
import { db, edit } from '../shared/db';
import { failureText } from '../ui';

type Props = { entity: EntityRecord; articleCount: number; onMerged: (name: string) => void };

export function MergePanel({ entity, articleCount, onMerged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const search = useCallback((query: string) => searchEntities(db, query, { types: [entity.type], exclude: entity.id }), [entity.type, entity.id]);

  const merge = async (other: EntitySummary) => {
    if (!confirm(t('mergeConfirm', other.name, entity.name))) return;
    try {
      await edit(() => mergeEntities(db, other.id, entity.id));
    } catch (err) {
      return setError(failureText(err));
    }
    setError(null);
    onMerged(other.name);
  };

  const remove = async () => {
    if (!confirm(t('deleteEntityConfirm', entity.name, articleCount))) return;
    try {
      await edit(() => deleteEntity(db, entity.id));
    } catch (err) {
      return setError(failureText(err));
    }
    location.assign('library.html');
  };

  return (
    <section class="side-box" aria-labelledby="merge-heading" data-testid="merge-panel">
      <h2 id="merge-heading">{t('mergeHeading')}</h2>
      <p class="muted">{t('mergeHelp', t(`entityKindLower_${entity.type}`))}</p>
      <EntityCombobox search={search} onPick={(e) => void merge(e)} label={t('mergeLabel')} placeholder={t('entitySearchPlaceholder')} testId="merge-entity" />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="danger-zone">
        <button type="button" class="danger" onClick={() => void remove()} data-testid="entity-delete">
          {t('deleteEntity')}
        </button>
      </div>
    </section>
  );
}
