/** The tab the popup acts on. */
import browser from '../src/platform/browser';

/**
 * `?tabId=` when given (the popup opened in a tab of its own, as tests and the detached view
 * do), otherwise the active tab of the current window.
 */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
