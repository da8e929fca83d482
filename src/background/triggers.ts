/** The clip's other entry points: the keyboard shortcut and the context menu. */
import browser, { type Tabs } from '../platform/browser';
import { t } from '../platform/i18n';
import { clipTab } from './clip';
import { reportClip } from './feedback';
import { createHighlightMenu, highlightFromTrigger, HIGHLIGHT_COMMAND, HIGHLIGHT_MENU_ID } from './highlight-triggers';

export const CLIP_COMMAND = 'clip-article';
export const CLIP_MENU_ID = 'dossier-clip-page';

/** Clip the tab a shortcut or menu click came from (the active tab when the browser does not say). */
export async function clipFromTrigger(tab: Tabs.Tab | undefined): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id === undefined) return;
  // The outcome is shown on the badge; nothing is waiting for the reply.
  await reportClip(target.id, clipTab(target.id)).catch(() => undefined);
}

/** Create the context-menu entries (menus persist, so only on install and update). */
export function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: CLIP_MENU_ID, title: t('menuClipPage'), contexts: ['page'] });
    createHighlightMenu();
  });
}

/** A keyboard shortcut was pressed. */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command === CLIP_COMMAND) await clipFromTrigger(tab);
  if (command === HIGHLIGHT_COMMAND) await highlightFromTrigger(tab);
}

/** A context-menu entry was chosen. */
export async function onMenuClicked(info: { menuItemId: string | number }, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId === CLIP_MENU_ID) await clipFromTrigger(tab);
  if (info.menuItemId === HIGHLIGHT_MENU_ID) await highlightFromTrigger(tab);
}

/** Listen for the shortcut and the menu. */
export function startTriggers(): void {
  browser.commands.onCommand.addListener((command: string, tab?: Tabs.Tab) => void onCommand(command, tab));
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
}
