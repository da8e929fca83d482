/**
 * Hooks for the end-to-end tests, compiled only into the test builds (dist/e2e).
 * Firefox refuses to let a test navigate to moz-extension:// pages, so a test opens
 * http://127.0.0.1:<port>/__dossier__/open?page=<path>[&forUrl=<address>] and this hook
 * sends the tab to that extension page; with `forUrl`, the page gets `?tabId=` of the
 * tab showing that address (the popup acts on it, as it would on the active tab).
 */
import browser from '../platform/polyfill';
import { indexNow } from './indexer';
import { onCommand, onMenuClicked } from './triggers';

export function startTestHooks(): void {
  // Shortcuts and context menus are native UI that a test cannot press: it calls the same listeners.
  // The indexer runs on a timer; a test runs it at the moment it needs (the full-disk test).
  (globalThis as Record<string, unknown>).dossierTest = { onCommand, onMenuClicked, indexNow };

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url) return;
    const url = new URL(change.url);
    if (url.hostname !== '127.0.0.1' || url.pathname !== '/__dossier__/open') return;
    const page = url.searchParams.get('page') ?? '';
    if (!/^[\w/-]+\.html$/.test(page)) return;
    const forUrl = url.searchParams.get('forUrl');
    void (async () => {
      const params = new URLSearchParams(url.searchParams);
      params.delete('page');
      params.delete('forUrl');
      if (forUrl) {
        const tabs = await browser.tabs.query({});
        const target = tabs.find((t) => t.url === forUrl);
        if (target?.id !== undefined) params.set('tabId', String(target.id));
      }
      const query = params.toString();
      await browser.tabs.update(tabId, { url: browser.runtime.getURL(page) + (query ? `?${query}` : '') });
    })();
  });
}
