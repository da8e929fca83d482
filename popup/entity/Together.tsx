/** Who appears together with the entity: other entities tagged in the same articles, grouped by kind. */
import { t } from '../../src/platform/i18n';
import type { Companion } from '../../src/db/entity-queries';
import type { EntityType } from '../../src/db/types';
import { formatNumber } from '../shared/format';

const KINDS: EntityType[] = ['official', 'project', 'organization', 'place'];

export function Together({ companions, own }: { companions: Companion[]; own: EntityType }) {
  // The other kind first: officials beside a project, projects beside an official.
  const kinds = [...KINDS].sort((a, b) => Number(a === own) - Number(b === own));
  return (
    <section class="side-box" aria-labelledby="together-heading" data-testid="together">
      <h2 id="together-heading">{t('togetherHeading')}</h2>
      {companions.length === 0 && <p class="muted">{t('togetherNone')}</p>}
      {kinds.map((kind) => {
        const group = companions.filter((c) => c.entity.type === kind);
        if (!group.length) return null;
        return (
          <div key={kind} class="together-group">
            <h3>{t(`entityGroup_${kind}`)}</h3>
            <ul>
              {group.map((c) => (
                <li key={c.entity.id} class={c.entity.type}>
                  <span class={`kind-mark ${c.entity.type}`} aria-hidden="true" />
                  <a href={`entity.html?id=${encodeURIComponent(c.entity.id)}`}>{c.entity.name}</a>
                  <span class="count">{t('sharedArticles', formatNumber(c.articles))}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
