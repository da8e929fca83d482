/** Import a Dossier backup: restore into an empty library or merge; the report says what changed and what conflicted. */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import type { ImportPlan } from '../../src/core/backup';
import { formatNumber } from '../shared/format';
import { recheckStorage } from './StorageStatus';

export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: true; plan: ImportPlan } | { ok: false; message: string } | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setResult(null);
    // Loaded on first use, like the export formats.
    const { importFile } = await import('./import');
    const outcome = await importFile(file);
    setBusy(false);
    setResult(outcome);
    recheckStorage();
    if (outcome.ok) onImported();
  };

  return (
    <section class="panel-box" aria-labelledby="import-heading" data-testid="import-panel">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p class="muted">{t('importHelp')}</p>
      <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void choose(e.currentTarget.files?.[0])} data-testid="import-file" />
      {busy && <p role="status">{t('importing')}</p>}
      {result && !result.ok && (
        <p class="error" role="alert" data-testid="import-error">
          {result.message}
        </p>
      )}
      {result?.ok && (
        <div class="notice" role="status" data-testid="import-report">
          <p>
            {t(
              'importDone',
              formatNumber(result.plan.stats.articles.added),
              formatNumber(result.plan.stats.articles.updated),
              formatNumber(result.plan.stats.annotations.added + result.plan.stats.annotations.updated),
            )}
          </p>
          {result.plan.conflicts.length > 0 && (
            <details>
              <summary>{t('importConflicts', formatNumber(result.plan.conflicts.length))}</summary>
              <ul>
                {result.plan.conflicts.slice(0, 200).map((c) => (
                  <li key={`${c.table}:${c.id}`}>
                    {c.table} {c.id}: {c.fields.join(', ')} — {c.kept === 'existing' ? t('keptExisting') : t('keptIncoming')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </section>
  );
}
