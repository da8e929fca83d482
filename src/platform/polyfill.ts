/**
 * The only import of webextension-polyfill, used by the background: there the polyfill lets
 * `runtime.onMessage` listeners answer by returning a Promise in Chrome too.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
export default browser;
