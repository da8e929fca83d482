/**
 * The only import of webextension-polyfill: Promise-based `browser.*` in Chrome and Firefox.
 * Content scripts use ./content-runtime instead, to keep their bundle small.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
export default browser;
