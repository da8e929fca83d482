/**
 * The little of the extension API a content script needs, without webextension-polyfill
 * (whose 10 KB the content script's budget cannot spare). Both browsers support
 * `sendResponse` with `return true` for asynchronous replies.
 */
import { envelope, isEnvelope } from '../messages/envelope';
import type { BackgroundArgs, BackgroundMethod, BackgroundReply, ContentCalls } from '../messages/protocol';

type Api = {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(cb: (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean | void): void;
    };
  };
};

const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as { chrome?: Api }).chrome) as Api;

/** Handlers for the calls a content script answers. */
export type ContentHandlers = { [M in keyof ContentCalls]: (args: ContentCalls[M]['args']) => Promise<ContentCalls[M]['reply']> | ContentCalls[M]['reply'] };

/**
 * Answer the background's calls; messages from anyone but this extension are ignored.
 * Each script answers its own calls (content.js clips, annotate.js highlights) and stays
 * silent on the others', which the background reads as "not injected here".
 */
export function listen(handlers: Partial<ContentHandlers>): void {
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

/**
 * Call a background method meant for content scripts (`from: 'content'`). The background
 * acts only for this script's own tab and page, as the browser reports them.
 */
export async function callBackground<M extends BackgroundMethod>(method: M, args: BackgroundArgs<M>): Promise<BackgroundReply<M>> {
  try {
    return ((await api.runtime.sendMessage(envelope(method, args))) as BackgroundReply<M> | undefined) ?? { ok: false, error: { code: 'internal', message: `No reply to ${method}.` } };
  } catch (err) {
    return { ok: false, error: { code: 'internal', message: String(err) } };
  }
}
