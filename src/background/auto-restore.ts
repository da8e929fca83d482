/**
 * Automatic restore: on sites the analyst chose ("show my highlights on this site
 * automatically") and granted the optional host permission for, the annotate script is
 * registered to load with each page. The registration is kept equal to
 * (sites chosen) ∩ (origins granted): permissions can be taken back in the browser's own
 * settings at any time, and a site without permission gets nothing injected.
 */
import browser from '../platform/browser';
import { sitePattern } from '../core/url/site-pattern';
import { AppFailure } from '../messages/result';
import { ANNOTATE_SCRIPT } from './annotator';

const SCRIPT_ID = 'dossier-restore';
const STORAGE_KEY = 'autoRestoreSites';

async function chosenSites(): Promise<string[]> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  return Array.isArray(stored) ? stored.filter((s): s is string => typeof s === 'string') : [];
}

const granted = (pattern: string): Promise<boolean> => browser.permissions.contains({ origins: [pattern] }).catch(() => false);

/** True when highlights load with the pages of `url`'s site. */
export async function isAutoRestoreOn(url: string): Promise<boolean> {
  const pattern = sitePattern(url);
  return !!pattern && (await chosenSites()).includes(pattern) && (await granted(pattern));
}

let syncing: Promise<void> = Promise.resolve();

/** Make the registered script match the chosen sites that are granted (calls run one after another). */
export function syncRestoreScripts(): Promise<void> {
  syncing = syncing.then(async () => {
    const sites = await chosenSites();
    const matches = (await Promise.all(sites.map(async (s) => ((await granted(s)) ? s : null)))).filter((s): s is string => !!s);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (!matches.length) {
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
      return;
    }
    const script = { id: SCRIPT_ID, matches, js: [ANNOTATE_SCRIPT], runAt: 'document_idle' as const, allFrames: false };
    await (existing.length ? browser.scripting.updateContentScripts([script]) : browser.scripting.registerContentScripts([script]));
  }).catch((err: unknown) => console.warn('Dossier: could not update automatic restore', err));
  return syncing;
}

/**
 * Turn automatic restore on or off for the site of `url`. The popup asks for the host
 * permission itself (only a click may), just before this call; when the browser grants it
 * later (its prompt may close the popup), `permissions.onAdded` registers the script.
 */
export async function setAutoRestore(url: string, enabled: boolean): Promise<boolean> {
  const pattern = sitePattern(url);
  if (!pattern) throw new AppFailure('restricted-page', 'Highlights can be restored automatically on web pages only.');
  const sites = (await chosenSites()).filter((s) => s !== pattern);
  await browser.storage.local.set({ [STORAGE_KEY]: enabled ? [...sites, pattern] : sites });
  // Turned off: give the permission back, unless the manifest itself asks for it (the test builds'
  // 127.0.0.1): Firefox would let it go, and with it access the build relies on.
  const required = (browser.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? [];
  if (!enabled && !required.includes(pattern)) await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
  await syncRestoreScripts();
  return isAutoRestoreOn(url);
}

/** Keep the registration in step with permissions; listeners are added at start-up so events wake the worker. */
export function startAutoRestore(): void {
  browser.permissions.onAdded.addListener(() => void syncRestoreScripts());
  browser.permissions.onRemoved.addListener((removed) => {
    // Taken back in the browser's settings: the analyst's choice goes with it.
    const gone = new Set(removed.origins ?? []);
    void chosenSites()
      .then((sites) => browser.storage.local.set({ [STORAGE_KEY]: sites.filter((s) => !gone.has(s)) }))
      .then(() => syncRestoreScripts());
  });
  // Registrations may have been lost (a browser that does not persist them) or gone stale while the worker slept.
  void syncRestoreScripts();
}
