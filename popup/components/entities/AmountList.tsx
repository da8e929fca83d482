/** Amounts of money the article gives: record one as a tagged project's investment, or reject it. */
import { t } from '../../../src/platform/i18n';
import type { AmountSuggestion } from '../../../src/core/entities/types';
import type { LinkedEntity } from '../../../src/db/article-entities';

type Props = {
  amounts: AmountSuggestion[];
  projects: LinkedEntity[];
  busy: boolean;
  onRecord: (amount: AmountSuggestion, projectId: string) => void;
  onReject: (amount: AmountSuggestion) => void;
};

export function AmountList({ amounts, projects, busy, onRecord, onReject }: Props) {
  return (
    <ul class="amounts" data-testid="amounts">
      {amounts.map((a) => (
        <li key={a.text} class="amount">
          <span class="amount-text">{a.text}</span>
          {projects.length > 0 && (
            <select
              aria-label={t('amountRecordFor', a.text)}
              disabled={busy}
              onChange={(e) => {
                const id = e.currentTarget.value;
                e.currentTarget.value = '';
                if (id) onRecord(a, id);
              }}
            >
              <option value="">{t('amountRecordPrompt')}</option>
              {projects.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
          <button type="button" class="quiet icon" disabled={busy} onClick={() => onReject(a)} aria-label={t('entityRejectLabel', a.text)} title={t('entityReject')}>
            ✕
          </button>
        </li>
      ))}
    </ul>
  );
}
