/**
 * Whether the browser may evict Dossier's data under storage pressure, and how much it uses.
 * Persistence is requested once when the library opens; extensions with unlimitedStorage are
 * usually granted it at once, and the state is shown so the analyst knows where they stand.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { formatNumber } from '../shared/format';

type State = { persisted: boolean | null; usage: number | null };

export function StorageStatus() {
  const [state, setState] = useState<State>({ persisted: null, usage: null });

  const refresh = async (ask: boolean) => {
    const storage = navigator.storage;
    if (!storage?.persisted) return;
    let persisted = await storage.persisted();
    if (!persisted && ask) persisted = await storage.persist();
    const estimate = await storage.estimate();
    setState({ persisted, usage: estimate.usage ?? null });
  };
  useEffect(() => void refresh(true), []);

  if (state.persisted === null) return null;
  const mb = state.usage === null ? '' : t('storageUsage', formatNumber(Math.round(state.usage / 1e6)));
  return (
    <p class={`storage ${state.persisted ? 'ok' : 'warn'}`} data-testid="storage-status" role="status">
      {state.persisted ? t('storagePersistent') : t('storageBestEffort')} {mb}
      {!state.persisted && (
        <button type="button" class="link" onClick={() => void refresh(true)}>
          {t('storageAsk')}
        </button>
      )}
    </p>
  );
}
