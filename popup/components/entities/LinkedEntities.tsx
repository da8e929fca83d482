/** The entities tagged on this clip, as chips: each opens its entity page, × takes it off the clip. */
import browser from '../../../src/platform/browser';
import { t } from '../../../src/platform/i18n';
import { useState } from 'preact/hooks';
import type { LinkedEntity } from '../../../src/db/article-entities';
import type { EntitySummary } from '../../../src/messages/protocol';
import { EntityCombobox } from '../../shared/EntityCombobox';

type Props = {
  linked: LinkedEntity[];
  busy: boolean;
  onRemove: (entity: LinkedEntity) => void;
  /** Merge a duplicate (picked by the analyst) into `keep`. */
  onMerge: (keep: LinkedEntity, duplicate: EntitySummary) => void;
  /** Autocomplete over existing entities. */
  search: (query: string) => Promise<EntitySummary[]>;
};

/** Open an entity's page in a new tab (the popup closes when focus leaves it). */
export function openEntityPage(id: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`popup/entity.html?id=${encodeURIComponent(id)}`) });
}

export function LinkedEntities({ linked, busy, onRemove, onMerge, search }: Props) {
  const [merging, setMerging] = useState<LinkedEntity | null>(null);
  return (
    <>
    <ul class="linked" data-testid="linked-entities">
      {linked.map((e) => (
        <li key={e.id} class={`entity-chip ${e.type}`} data-testid="entity-chip">
          <a
            href={`entity.html?id=${encodeURIComponent(e.id)}`}
            onClick={(ev) => {
              ev.preventDefault();
              openEntityPage(e.id);
            }}
            title={t('openEntityPage', e.name)}
          >
            <span class={`kind-mark ${e.type}`} aria-hidden="true" />
            <span class="chip-text">
              <span class="name">{e.name}</span>
              {e.roles.length > 0 && <span class="roles">{e.roles.join(' · ')}</span>}
              {e.amount && <span class="roles">{e.amount}</span>}
            </span>
          </a>
          {e.origin === 'recognised' && (
            <span class="auto" title={t('entityRecognisedHint')}>
              {t('entityRecognised')}
            </span>
          )}
          <button
            type="button"
            class="quiet icon"
            disabled={busy}
            aria-pressed={merging?.id === e.id}
            onClick={() => setMerging(merging?.id === e.id ? null : e)}
            aria-label={t('entityMergeLabel', e.name)}
            title={t('entityMergeLabel', e.name)}
            data-testid="entity-merge"
          >
            ⇄
          </button>
          <button type="button" class="quiet icon" disabled={busy} onClick={() => onRemove(e)} aria-label={t('entityRemoveLabel', e.name)} title={t('entityRemoveLabel', e.name)}>
            ✕
          </button>
        </li>
      ))}
    </ul>
    {merging && (
      <EntityCombobox
        search={async (q) => (await search(q)).filter((x) => x.id !== merging.id && x.type === merging.type)}
        onPick={(duplicate) => {
          setMerging(null);
          onMerge(merging, duplicate);
        }}
        label={t('entityMergeInto', merging.name)}
        placeholder={t('entitySearchPlaceholder')}
        testId="merge-entity"
      />
    )}
    </>
  );
}
