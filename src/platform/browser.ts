/**
 * The extension API for extension pages (popup, library, stored copy, entity page): Firefox's
 * `browser`, or Chrome's `chrome`, whose MV3 methods return Promises too. The pages call
 * nothing the two differ on, so they do without webextension-polyfill's 10 KB (the popup's
 * budget is 50 KB); the background keeps the polyfill (./polyfill) for onMessage replies.
 */
import type Polyfill from 'webextension-polyfill';

type Api = Polyfill.Browser;

const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome) as Api;

export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
export default api;
