/**
 * The officials and projects a highlight is tagged with, as chips, and a way to add one
 * (accent-free autocomplete over the entities the analyst follows). Used in the popup
 * (through the background) and on the stored copy (the database directly).
 */
import { useState } from 'preact/hooks';
import { t } from '../../../src/platform/i18n';
import type { EntitySummary } from '../../../src/messages/protocol';
import { EntityCombobox } from '../EntityCombobox';

/** What a highlight card needs to show and change its entity tags. */
export type EntityTagging = {
  /** Names of the entities highlights are tagged with. */
  names: ReadonlyMap<string, EntitySummary>;
  search: (query: string) => Promise<EntitySummary[]>;
  onTag: (entity: EntitySummary) => void;
  onUntag: (entityId: string) => void;
};

type Props = EntityTagging & { entityIds: readonly string[]; busy?: boolean };

export function EntityTags({ entityIds, names, search, onTag, onUntag, busy }: Props) {
  const [adding, setAdding] = useState(false);
  return (
    <div class="hl-entities" data-testid="hl-entities">
      {entityIds.map((id) => {
        const e = names.get(id);
        return (
          <span key={id} class={`hl-entity ${e?.type ?? ''}`} data-testid="hl-entity">
            <span class={`kind-mark ${e?.type ?? ''}`} aria-hidden="true" />
            {e?.name ?? '…'}
            <button type="button" class="quiet icon" disabled={busy} onClick={() => onUntag(id)} aria-label={t('hlUntag', e?.name ?? '')} title={t('hlUntag', e?.name ?? '')}>
              ✕
            </button>
          </span>
        );
      })}
      {adding ? (
        <EntityCombobox
          search={search}
          onPick={(e) => {
            setAdding(false);
            onTag(e);
          }}
          label={t('hlTagEntity')}
          placeholder={t('entitySearchPlaceholder')}
          testId="hl-tag-entity"
        />
      ) : (
        <button type="button" class="link small" onClick={() => setAdding(true)} disabled={busy} data-testid="hl-tag-entity-open">
          + {t('hlTagEntity')}
        </button>
      )}
    </div>
  );
}
