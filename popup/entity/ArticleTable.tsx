/** The entity's articles as a list to read: date, positions (or amounts), title linking to the stored copy. */
import { t } from '../../src/platform/i18n';
import type { PositionLane, ProjectArticle } from '../../src/db/entity-queries';
import { pointDate, type LanePoint } from './Timeline';

type Row = LanePoint & { detail: string[] };

/** Rows of an official's table: one per article, with every position it gives, newest first. */
export function officialRows(lanes: PositionLane[]): Row[] {
  const rows = new Map<string, Row>();
  for (const lane of lanes) {
    for (const p of lane.points) {
      const row = rows.get(p.articleId) ?? { ...p, detail: [] };
      if (lane.role) row.detail.push(lane.role);
      rows.set(p.articleId, row);
    }
  }
  return [...rows.values()].sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

/** Rows of a project's table: one per article with its amounts, newest first. */
export function projectRows(rows: ProjectArticle[]): Row[] {
  return rows.map((r) => ({ ...r, detail: r.amounts.map((a) => a.text) })).reverse();
}

export function ArticleTable({ rows, detailHeading }: { rows: Row[]; detailHeading: string }) {
  return (
    <table class="mentions" data-testid="entity-articles">
      <thead>
        <tr>
          <th scope="col">{t('columnDate')}</th>
          <th scope="col">{t('columnArticle')}</th>
          <th scope="col">{detailHeading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.articleId}>
            <td class="date">{pointDate(r)}</td>
            <td>
              <a href={`article.html?id=${encodeURIComponent(r.articleId)}`}>{r.title}</a>
              {r.siteName && <span class="site">{r.siteName}</span>}
            </td>
            <td class="detail">{r.detail.length ? r.detail.map((d) => <span key={d}>{d}</span>) : <span class="muted">—</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
