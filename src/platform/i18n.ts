/** UI strings come from _locales through browser.i18n, in the browser's language. */
import browser from './browser';
import type core from '../../locales/en/core.json';
import type popup from '../../locales/en/popup.json';
import type library from '../../locales/en/library.json';
import type entities from '../../locales/en/entities.json';
import type highlights from '../../locales/en/highlights.json';

/** Every message key defined in the English catalogue (locales/en/*.json, merged at build time). */
export type MessageKey = keyof typeof core | keyof typeof popup | keyof typeof library | keyof typeof entities | keyof typeof highlights;

/** The localized string for `key`, with $1, $2... filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The UI language the browser chose (for formatting dates and numbers). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || 'en';
}
