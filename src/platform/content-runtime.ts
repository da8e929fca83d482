/**
 * The little of the extension API a content script needs, without webextension-polyfill
 * (whose 10 KB the content script's budget cannot spare). Both browsers support
 * `sendResponse` with `return true` for asynchronous replies.
 */
import { isEnvelope } from '../messages/envelope';
import type { ContentCalls } from '../messages/protocol';

type Api = {
  runtime: {
    id: string;
    onMessage: {
      addListener(cb: (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean | void): void;
    };
  };
};

const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome) as Api;

/** Handlers for the calls a content script answers. */
export type ContentHandlers = { [M in keyof ContentCalls]: (args: ContentCalls[M]['args']) => Promise<ContentCalls[M]['reply']> | ContentCalls[M]['reply'] };

/** Answer the background's calls; messages from anyone but this extension are ignored. */
export function listen(handlers: ContentHandlers): void {
  api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || !isEnvelope(message)) return false;
    const handler = (handlers as Record<string, (args: unknown) => unknown>)[message.method];
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message.args))
      .then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: { code: 'internal', message: String(err) } }));
    return true;
  });
}
