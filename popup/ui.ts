/** Small helpers shared by the popup's components. */
import browser from '../src/platform/browser';
import { t, uiLanguage } from '../src/platform/i18n';
import type { AppError } from '../src/messages/result';

/** Tag the page with the UI language so fonts and hyphenation fit Vietnamese. */
export function setDocumentLanguage(): void {
  document.documentElement.lang = uiLanguage();
}

/** The localized sentence for an error. */
export function errorText(error: AppError): string {
  return t(`error_${error.code.replace(/-/g, '_')}` as Parameters<typeof t>[0]);
}

/** "08/02/2023, 13:42" in the UI language, in the analyst's own time zone. */
export function formatLocalTime(iso: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A number with the UI language's grouping ("1.234" in Vietnamese). */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}

/**
 * The tab the popup acts on: `?tabId=` when given (the popup opened in a tab of its own,
 * as tests and the detached view do), otherwise the active tab of the current window.
 */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The address if it is http(s), else undefined: stored URLs may come from imported files. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}
