/**
 * Highlighting without the popup: the keyboard shortcut and the context-menu entry on a
 * selection. The highlight gets the default colour and no note (the popup edits it
 * later); the badge tells the outcome, as it does for a clip.
 */
import browser, { type Tabs } from '../platform/browser';
import { t } from '../platform/i18n';
import { AppFailure } from '../messages/result';
import { badge } from './feedback';
import { highlightSelection } from './highlights';

export const HIGHLIGHT_COMMAND = 'highlight-selection';
export const HIGHLIGHT_MENU_ID = 'dossier-highlight-selection';

/** The context-menu entry, shown on selected text only. */
export function createHighlightMenu(): void {
  browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: t('menuHighlight'), contexts: ['selection'] });
}

/** Highlight the selection of the tab a shortcut or menu click came from (the active tab when the browser does not say). */
export async function highlightFromTrigger(tab: Tabs.Tab | undefined): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id === undefined) return;
  try {
    const view = await highlightSelection(target.id, { color: 'yellow', note: '', tags: [] });
    const quote = view.highlights.find((h) => h.id === view.changedId)?.selectors.quote.exact ?? '';
    await badge(target.id, '✓', '#1f7a4d', t('badgeHighlighted', quote.length > 80 ? `${quote.slice(0, 79)}…` : quote));
  } catch (err) {
    const code = err instanceof AppFailure ? err.code : 'internal';
    await badge(target.id, '!', '#b3261e', `${t('badgeNotHighlighted')} ${t(`error_${code.replace(/-/g, '_')}` as Parameters<typeof t>[0])}`);
  }
}
