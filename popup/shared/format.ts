/** Formatting shared by the extension pages. */
import { uiLanguage } from '../../src/platform/i18n';
import { formatWallTime } from '../../src/core/time/iso';

// Intl formatters are costly to make (about a millisecond each): one of each, made on first use.
let dateTime: Intl.DateTimeFormat | undefined;
let number: Intl.NumberFormat | undefined;

/** "28 Nov 2026, 01:53" in the UI language and the analyst's time zone. */
export function formatLocalTime(iso: string): string {
  dateTime ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateTime.format(new Date(iso));
}

/** The published date as the article gives it ("08/02/2023 13:40 (+07:00)"), or the empty string. */
export function formatPublished(iso: string | null): string {
  return iso ? formatWallTime(iso) : '';
}

/** A number with the UI language's grouping. */
export function formatNumber(n: number): string {
  number ??= new Intl.NumberFormat(uiLanguage());
  return number.format(n);
}

/** The address if it is http(s), else undefined: stored URLs may come from imported files. */
export function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** Read and write the page's query string, so filters survive reloads and can be linked to. */
export function readParams(): URLSearchParams {
  return new URLSearchParams(location.search);
}

export function writeParams(values: Record<string, string | undefined>): void {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) params.set(k, v);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}
