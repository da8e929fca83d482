/**
 * Whether the browser may evict Dossier's data under storage pressure, how much it uses, and a
 * warning when the room left runs low. Persistence is requested once when the library opens;
 * extensions with unlimitedStorage are usually granted it at once, and the state is shown so
 * the analyst knows where they stand.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../src/platform/i18n';
import { formatNumber } from '../shared/format';

type State = { persisted: boolean | null; usage: number | null; room: number | null };

/**
 * Below this much room the library warns. An absolute figure, not a share of the quota: with
 * `unlimitedStorage` the quota follows the disk, so 10% of it is 100 GB on a large disk and a
 * few MB on a small one. 200 MB is what Dossier's larger writes need (an import needs four times
 * its file plus 8 MB: a 40 MB backup, 168 MB), and the warning comes while a backup still fits.
 */
export const LOW_ROOM_BYTES = 200_000_000;

/** True when the room left is below LOW_ROOM_BYTES, or below what the library uses (a backup of it might not fit). */
export const lowOnRoom = (room: number, usage: number): boolean => room < Math.max(LOW_ROOM_BYTES, usage);

const changed = new EventTarget();

/** Look at the room again (after an import, which can take a lot of it). */
export function recheckStorage(): void {
  changed.dispatchEvent(new Event('change'));
}

export function StorageStatus() {
  const [state, setState] = useState<State>({ persisted: null, usage: null, room: null });

  const refresh = async (ask: boolean) => {
    const storage = navigator.storage;
    if (!storage?.persisted) return;
    let persisted = await storage.persisted();
    if (!persisted && ask) persisted = await storage.persist();
    const { usage, quota } = await storage.estimate();
    setState({ persisted, usage: usage ?? null, room: usage === undefined || quota === undefined ? null : Math.max(0, quota - usage) });
  };
  useEffect(() => {
    void refresh(true);
    // Again after an import, and when the analyst comes back to the tab (space may have been freed meanwhile).
    const again = () => void refresh(false);
    const onVisible = () => document.visibilityState === 'visible' && again();
    changed.addEventListener('change', again);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      changed.removeEventListener('change', again);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  if (state.persisted === null) return null;
  const mb = (bytes: number) => formatNumber(Math.round(bytes / 1e6));
  const low = state.room !== null && state.usage !== null && lowOnRoom(state.room, state.usage);
  return (
    <div class="storage-box">
      {low && (
        <p class="storage-low" role="alert" data-testid="storage-low">
          <strong>{t('storageLowTitle')}</strong> {t('storageLow', mb(state.room!))}
        </p>
      )}
      <p class={`storage ${state.persisted ? 'ok' : 'warn'}`} data-testid="storage-status" role="status">
        {state.persisted ? t('storagePersistent') : t('storageBestEffort')} {state.usage === null ? '' : t('storageUsage', mb(state.usage))}
        {!state.persisted && (
          <button type="button" class="link" onClick={() => void refresh(true)}>
            {t('storageAsk')}
          </button>
        )}
      </p>
    </div>
  );
}
