/** The tab the popup acts on. */
import browser from '../src/platform/browser';

/**
 * The tab's id and, when the browser lets the popup see it, its address; `unreadable` when
 * the browser would not describe the tab at all (closed, or an id that never was).
 */
export type TargetTab = { id: number; url?: string; unreadable?: true };

/**
 * `?tabId=` when given (the popup opened in a tab of its own, as the tests and benchmarks
 * do), otherwise the active tab of the current window. The browser is asked before this
 * returns, so a caller early in the bundle does not wait for the rest of it to evaluate; and
 * the active tab's query already carries its address, so the popup needs no second round trip
 * (each took 6-40 ms in a freshly opened popup here).
 */
export function targetTab(): Promise<TargetTab | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) {
    const id = Number(param);
    // A tab that cannot be read is still the target: the background's answer says why.
    return browser.tabs.get(id).then(
      (tab) => ({ id, url: tab.url }),
      () => ({ id, unreadable: true as const }),
    );
  }
  return browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => (tab?.id === undefined ? null : { id: tab.id, url: tab.url }));
}
