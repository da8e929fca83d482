/**
 * The toolbar badge tells the outcome of a clip started without the popup open
 * (shortcut, context menu): a check mark, or "!" with the reason in the tooltip.
 */
import browser from '../platform/polyfill';
import { t } from '../platform/i18n';
import { AppFailure } from '../messages/result';
import type { ClipSummary } from '../messages/protocol';

const BADGE_MS = 6_000;

/** Show `text` on the tab's toolbar badge for a few seconds, with `title` as its tooltip. */
export async function badge(tabId: number, text: string, color: string, title: string): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color });
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setTitle({ tabId, title });
    setTimeout(() => {
      browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      browser.action.setTitle({ tabId, title: '' }).catch(() => undefined);
    }, BADGE_MS);
  } catch {
    // The tab may be gone; the badge is a courtesy, never a reason to fail a clip.
  }
}

/** Show the outcome of a clip on the tab's badge, and pass it through unchanged. */
export async function reportClip(tabId: number, clip: Promise<ClipSummary>): Promise<ClipSummary> {
  try {
    const summary = await clip;
    // Not awaited: the reply (and the popup's update) need not wait for three browser UI calls.
    void badge(tabId, '✓', '#1f7a4d', t(summary.created ? 'badgeClipped' : 'badgeUpdated', summary.article.title));
    return summary;
  } catch (err) {
    const code = err instanceof AppFailure ? err.code : 'internal';
    void badge(tabId, '!', '#b3261e', `${t('badgeFailed')} ${t(`error_${code.replace(/-/g, '_')}` as Parameters<typeof t>[0])}`);
    throw err;
  }
}
