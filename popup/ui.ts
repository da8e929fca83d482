/** Small helpers shared by the popup's components. */
import { t, uiLanguage } from '../src/platform/i18n';
import type { AppError } from '../src/messages/result';

export { formatLocalTime, formatNumber, safeHref } from './shared/format';

/** Tag the page with the UI language so fonts and hyphenation fit Vietnamese. */
export function setDocumentLanguage(): void {
  document.documentElement.lang = uiLanguage();
}

/** The localized sentence for an error. */
export function errorText(error: AppError): string {
  return t(`error_${error.code.replace(/-/g, '_')}` as Parameters<typeof t>[0]);
}

