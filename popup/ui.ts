/** Small helpers shared by the popup's components. */
import { t, uiLanguage } from '../src/platform/i18n';
import { AppFailure, isStorageFull, toFailure, type AppError } from '../src/messages/result';

export { formatLocalTime, formatNumber, safeHref } from './shared/format';

/** Tag the page with the UI language so fonts and hyphenation fit Vietnamese. */
export function setDocumentLanguage(): void {
  document.documentElement.lang = uiLanguage();
}

/** The localized sentence for an error. */
export function errorText(error: AppError): string {
  return t(`error_${error.code.replace(/-/g, '_')}` as Parameters<typeof t>[0]);
}

/** What to show for an error a page's own write threw: a coded one (or a full disk) in the analyst's language, anything else as it says. */
export function failureText(err: unknown): string {
  if (err instanceof AppFailure || isStorageFull(err)) return errorText(toFailure(err).error);
  return err instanceof Error ? err.message : String(err);
}
