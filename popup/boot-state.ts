/**
 * The popup's first questions to the background, asked once and as early as possible.
 *
 * Why: the popup's first render waited for Preact's effects to run after the first paint
 * (~35 ms here), and only then asked for the tab's state. ./boot.ts is the first module of the
 * popup's bundle and asks right away; App takes the answers as its first state when they are
 * in, and otherwise draws a loading line until they are.
 * (A separate early script was tried and was slower: every file an extension page loads cost
 * 20-80 ms here whatever its size, more than the round trip it would have hidden.)
 */
import type { BackgroundReply } from '../src/messages/protocol';
import { send } from '../src/platform/send';
import { targetTabId } from './tab';

/** A promise and, once it has settled, its value (readable without waiting a microtask). */
export type Early<T> = { promise: Promise<T>; value?: T; settled: boolean };

export type Boot = {
  tabId: Early<number | null>;
  page: Early<BackgroundReply<'getPageState'> | null>;
  recent: Early<BackgroundReply<'listRecent'>>;
};

export const RECENT_LIMIT = 6;
const KEY = '__dossierPopupBoot';

function early<T>(promise: Promise<T>): Early<T> {
  const e: Early<T> = { promise, settled: false };
  void promise.then((value) => {
    e.value = value;
    e.settled = true;
  });
  return e;
}

/** Ask now, or return what was asked already. */
export function boot(): Boot {
  const g = globalThis as { [KEY]?: Boot };
  if (g[KEY]) return g[KEY];
  const tabId = targetTabId();
  const started: Boot = {
    tabId: early(tabId),
    page: early(tabId.then((id) => (id === null ? null : send('getPageState', { tabId: id })))),
    recent: early(send('listRecent', { limit: RECENT_LIMIT })),
  };
  g[KEY] = started;
  return started;
}
