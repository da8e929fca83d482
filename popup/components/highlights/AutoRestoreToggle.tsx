/**
 * "Show my highlights on this site automatically": asks for the site's host permission
 * in the click itself (browsers allow the request only there), then tells the background.
 * The background also registers on `permissions.onAdded`, since the browser's prompt may
 * close the popup before the request resolves here.
 */
import browser from '../../../src/platform/browser';
import { send } from '../../../src/platform/send';
import { t } from '../../../src/platform/i18n';
import { sitePattern } from '../../../src/core/url/site-pattern';

type Props = { tabId: number; url: string; on: boolean; onChange: (on: boolean) => void };

export function AutoRestoreToggle({ tabId, url, on, onChange }: Props) {
  const pattern = sitePattern(url);
  if (!pattern) return null;
  const toggle = (e: MouseEvent) => {
    const want = (e.currentTarget as HTMLInputElement).checked;
    if (!want) {
      void send('setAutoRestore', { tabId, enabled: false }).then((r) => onChange(r.ok ? r.value : on));
      return;
    }
    // The request first, while the click still counts as the analyst's gesture.
    const request = browser.permissions.request({ origins: [pattern] });
    void send('setAutoRestore', { tabId, enabled: true });
    void request
      .catch(() => false)
      .then((granted) => send('setAutoRestore', { tabId, enabled: granted }))
      .then((r) => onChange(r.ok && r.value));
  };
  return (
    <label class="hl-auto">
      <input type="checkbox" checked={on} onClick={toggle} data-testid="hl-auto-restore" />
      <span>{t('hlAutoRestore')}</span>
    </label>
  );
}
