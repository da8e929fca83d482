/** The entities tagged on this clip, as chips: each opens its entity page, × takes it off the clip. */
import browser from '../../../src/platform/browser';
import { t } from '../../../src/platform/i18n';
import type { LinkedEntity } from '../../../src/db/article-entities';

type Props = { linked: LinkedEntity[]; busy: boolean; onRemove: (entity: LinkedEntity) => void };

/** Open an entity's page in a new tab (the popup closes when focus leaves it). */
export function openEntityPage(id: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`popup/entity.html?id=${encodeURIComponent(id)}`) });
}

export function LinkedEntities({ linked, busy, onRemove }: Props) {
  return (
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
          <button type="button" class="quiet icon" disabled={busy} onClick={() => onRemove(e)} aria-label={t('entityRemoveLabel', e.name)} title={t('entityRemoveLabel', e.name)}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
