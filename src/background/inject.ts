/** Getting the content script into a tab and talking to it. */
import browser from '../platform/polyfill';
import { envelope } from '../messages/envelope';
import type { ContentCalls } from '../messages/protocol';
import { AppFailure } from '../messages/result';

const CONTENT_SCRIPT = 'content.js';

export { isRestrictedUrl } from '../core/url/page';

/** Reject after `ms` with a timeout error. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppFailure('timeout', `${what} did not answer within ${ms / 1000} s.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Send a call to the content script in the tab's top frame. */
export async function callTab<M extends keyof ContentCalls>(tabId: number, method: M, args: ContentCalls[M]['args']): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, envelope(method, args), { frameId: 0 });
  } catch (err) {
    // Chromium refuses a reply over 64 MiB. The clip script checks the article's size before
    // replying, so this is a page that got round it: still the analyst's "too large", not a bug.
    if (/exceeded maximum allowed (size|length)/i.test(String(err))) {
      throw new AppFailure('too-large', 'The page’s reply is larger than the browser lets an extension message be (64 MiB).');
    }
    throw err;
  }
}

/**
 * Call a script in the tab, injecting `file` first if it is not there. Asking first and
 * injecting on "no receiver" saves a round trip on every call after the first one. The
 * clip and annotate scripts share the tab's isolated world and each stays silent on the
 * other's calls, which arrives here as an undefined reply: also "not injected yet" (no
 * content call ever replies undefined).
 */
export async function callScript<M extends keyof ContentCalls>(tabId: number, file: string, method: M, args: ContentCalls[M]['args']): Promise<unknown> {
  try {
    const reply = await callTab(tabId, method, args);
    if (reply !== undefined) return reply;
  } catch (err) {
    if (!/receiving end does not exist|could not establish connection|message port closed/i.test(String(err))) throw err;
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  } catch (err) {
    throw injectionFailure(err);
  }
  return callTab(tabId, method, args);
}

/** Call the clip content script (content.js), injecting it if needed. */
export function callContentScript<M extends keyof ContentCalls>(tabId: number, method: M, args: ContentCalls[M]['args']): Promise<unknown> {
  return callScript(tabId, CONTENT_SCRIPT, method, args);
}

/** Translate an executeScript error into one the analyst can act on. */
export function injectionFailure(err: unknown): AppFailure {
  const message = err instanceof Error ? err.message : String(err);
  if (/no tab with id|invalid tab/i.test(message)) return new AppFailure('no-tab', 'The tab was closed.');
  if (/missing host permission|must request permission|permission/i.test(message)) {
    return new AppFailure('no-permission', 'Dossier was not given access to this page. Open Dossier from the toolbar on the page and try again.');
  }
  return new AppFailure('restricted-page', `The browser does not let extensions read this page (${message}).`);
}
