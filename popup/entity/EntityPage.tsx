/**
 * An entity's page: who or what it is, its articles over time (an official's positions as a
 * timeline, a project's articles with their amounts), who appears with it, and its editing.
 */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import type { EntityRecord } from '../../src/db/types';
import { formatNumber } from '../shared/format';
import { ArticleTable, officialRows, projectRows } from './ArticleTable';
import { EntityEditor } from './EntityEditor';
import { MergePanel } from './MergePanel';
import { pointDate, Timeline, type Lane } from './Timeline';
import { Together } from './Together';
import { useEntity, type EntityView } from './use-entity';

function Facts({ entity }: { entity: EntityRecord }) {
  const facts = ['organization', 'place', 'investor', 'investment']
    .filter((k) => entity.attributes[k] !== undefined && entity.attributes[k] !== null && entity.attributes[k] !== '')
    .map((k) => [k, String(entity.attributes[k])] as const);
  if (!facts.length) return null;
  return (
    <dl class="facts">
      {facts.map(([k, v]) => (
        <div key={k}>
          <dt>{t(`attr_${k}` as Parameters<typeof t>[0])}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function lanesOf(view: EntityView): Lane[] {
  if (view.entity.type === 'project') {
    const points = view.projectRows.map((r) => ({ ...r, caption: r.amounts[0]?.text }));
    return points.length ? [{ key: 'articles', label: t('timelineArticles'), points }] : [];
  }
  return view.lanes.map((l) => ({ key: l.role ?? '', label: l.role ?? t('timelineNoPosition'), muted: l.role === null, points: l.points }));
}

export function EntityPage({ id }: { id: string }) {
  const { view, reload } = useEntity(id);
  const [notice, setNotice] = useState<string | null>(null);
  if (view === undefined) return <p class="muted page-pad">{t('popupLoading')}</p>;
  if (view === null) return <p class="error page-pad">{t('entityGone')}</p>;

  const { entity } = view;
  const isProject = entity.type === 'project';
  const lanes = lanesOf(view);
  const dated = lanes.flatMap((l) => l.points).sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
  const range = dated.length ? [...new Set([pointDate(dated[0]!), pointDate(dated.at(-1)!)])].join(' – ') : null;
  const merged = notice ?? (view.mergedFrom ? t('mergeDone', view.mergedFrom) : null);
  return (
    <div class={`entity-page ${entity.type}`}>
      <header class="topbar">
        <a class="brand" href="library.html">
          <img src="../icons/icon-32.png" alt="" width={22} height={22} />
          <span>{t('extName')}</span>
        </a>
        <a href="library.html" class="back">
          ← {t('backToLibrary')}
        </a>
      </header>
      <main class="entity-main">
        <div class="entity-head">
          <p class="kicker">
            <span class={`kind-mark ${entity.type}`} aria-hidden="true" />
            <span>{t(`entityType_${entity.type}`)}</span>
            <span>·</span>
            <span data-testid="entity-article-count">{view.articleCount === 1 ? t('entityArticleOne') : t('entityArticleCount', formatNumber(view.articleCount))}</span>
            {range && <span aria-hidden="true">·</span>}
            {range && <span>{range}</span>}
          </p>
          <h1 data-testid="entity-title">{entity.name}</h1>
          {entity.aliases.length > 0 && <p class="aka">{t('entityAlsoWritten', entity.aliases.join(' · '))}</p>}
          <Facts entity={entity} />
          <a class="library-link" href={`library.html?entityId=${encodeURIComponent(entity.id)}`}>
            {t('showInLibrary')} →
          </a>
          {merged && (
            <p class="notice" role="status">
              {merged}
            </p>
          )}
        </div>
        <div class="entity-columns">
          <section class="over-time" aria-labelledby="over-time-heading">
            <h2 id="over-time-heading">{isProject ? t('projectOverTime') : t('positionsOverTime')}</h2>
            {lanes.length ? (
              <>
                <p class="muted hint">{t('timelineHint')}</p>
                <Timeline lanes={lanes} kind={entity.type} label={isProject ? t('projectOverTime') : t('positionsOverTime')} />
                <h2 class="table-heading">{t('mentionsHeading')}</h2>
                <ArticleTable
                  rows={isProject ? projectRows(view.projectRows) : officialRows(view.lanes)}
                  detailHeading={isProject ? t('columnAmounts') : t('columnPositions')}
                />
              </>
            ) : (
              <p class="muted">{t('timelineEmpty')}</p>
            )}
          </section>
          <aside class="entity-side">
            <Together companions={view.companions} own={entity.type} />
            <EntityEditor key={entity.updatedAt} entity={entity} onSaved={() => void reload()} />
            <MergePanel
              entity={entity}
              articleCount={view.articleCount}
              onMerged={(name) => {
                setNotice(t('mergeDone', name));
                void reload();
              }}
            />
          </aside>
        </div>
      </main>
    </div>
  );
}
