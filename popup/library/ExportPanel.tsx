/** Choose formats and export what the library shows (a collection, a search, or everything), with a progress bar. */
import { useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { EXPORT_FORMATS, type ExportFormat } from '../../src/core/export/types';
import { scopeOf } from './scope';
import type { LibraryState } from './use-library';

const LABEL_KEYS: Record<ExportFormat, Parameters<typeof t>[0]> = {
  json: 'formatJson', csv: 'formatCsv', md: 'formatMd', w3c: 'formatW3c', csl: 'formatCsl', html: 'formatHtml', graph: 'formatGraph',
};

export function ExportPanel({ library, locale }: { library: LibraryState; locale: 'vi' | 'en' }) {
  const [formats, setFormats] = useState<Set<ExportFormat>>(new Set(['json']));
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const scope = scopeOf(library.query, library.matchIds);
  const scopeText =
    scope.kind === 'library' ? t('scopeLibrary') : scope.kind === 'collection' ? t('scopeCollection', library.collections.find((c) => c.id === scope.collectionId)?.name ?? '') : t('scopeSearch', library.total ?? 0);

  const run = async () => {
    setMessage(null);
    setProgress(0);
    try {
      // The export formats load when first used: the library's first screen does not wait for them.
      const { exportAndDownload } = await import('./export');
      const name = await exportAndDownload(scope, [...formats], locale, (p) => setProgress(p.done / p.total));
      setMessage({ ok: true, text: t('exportDone', name) });
    } catch (err) {
      setMessage({ ok: false, text: `${t('exportFailed')} ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setProgress(null);
    }
  };

  return (
    <section class="panel-box" aria-labelledby="export-heading" data-testid="export-panel">
      <h2 id="export-heading">{t('exportHeading', scopeText)}</h2>
      <div class="formats">
        {EXPORT_FORMATS.map((f) => (
          <label key={f} class="format">
            <input
              type="checkbox"
              checked={formats.has(f)}
              onChange={() => {
                const next = new Set(formats);
                if (next.has(f)) next.delete(f);
                else next.add(f);
                setFormats(next);
              }}
              data-testid={`format-${f}`}
            />
            <span>{t(LABEL_KEYS[f])}</span>
          </label>
        ))}
      </div>
      <div class="panel-actions">
        <button type="button" class="primary" disabled={!formats.size || progress !== null} onClick={() => void run()} data-testid="export-run">
          {formats.size > 1 ? t('exportZip') : t('exportOne')}
        </button>
        {progress !== null && <progress max={1} value={progress} aria-label={t('exporting')} />}
      </div>
      {message && (
        <p class={message.ok ? 'notice' : 'error'} role="status" data-testid="export-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
