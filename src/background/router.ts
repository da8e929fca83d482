/**
 * Routes messages to handlers after checking who sent them and what they sent.
 * A web page's own scripts cannot get here at all (no externally_connectable, no
 * window-message bridge); a content script may only call content methods, for its own tab.
 */
import * as v from 'valibot';
import browser, { type Runtime } from '../platform/polyfill';
import { backgroundCalls, isEnvelope, type BackgroundHandlers, type BackgroundMethod, type VerifiedSender } from '../messages/protocol';
import { fail, ok, toFailure, type Result } from '../messages/result';
import { ensureRoom } from '../platform/storage';

/** Classify a sender, or null when it is not part of this extension. */
export function verifySender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): VerifiedSender | null {
  if (sender.id !== extensionId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension', tabId: sender.tab?.id ?? null, url };
  if (sender.tab?.id !== undefined && sender.tab.id >= 0) return { kind: 'content', tabId: sender.tab.id, url };
  return null;
}

/** Check and dispatch one message; always resolves to a Result. */
export async function route(handlers: BackgroundHandlers, message: unknown, sender: VerifiedSender | null): Promise<Result<unknown>> {
  if (!sender) return fail('forbidden', 'The sender is not part of Dossier.');
  if (!isEnvelope(message) || !Object.hasOwn(backgroundCalls, message.method)) return fail('bad-request', 'Unknown message.');
  const method = message.method as BackgroundMethod;
  const spec = backgroundCalls[method];
  if (spec.from !== sender.kind) return fail('forbidden', `${method} may not be called from a ${sender.kind === 'content' ? 'web page' : 'extension page'}.`);
  const parsed = v.safeParse(spec.args, message.args);
  if (!parsed.success) return fail('bad-request', `Bad arguments for ${method}: ${v.summarize(parsed.issues)}`);
  try {
    // Every edit a page asks of the background passes here, so no handler can forget this:
    // a write that fails on a full disk can cost Chromium the whole database (ensureRoom).
    if ('writes' in spec) await ensureRoom();
    const handler = handlers[method] as (args: unknown, sender: VerifiedSender) => Promise<unknown>;
    return ok(await handler(parsed.output, sender));
  } catch (err) {
    return toFailure(err);
  }
}

/** Listen for messages from the extension's pages and content scripts. */
export function startRouter(handlers: BackgroundHandlers): void {
  const origin = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Not ours: let other listeners (none today) answer, rather than replying to every message.
    if (!isEnvelope(message)) return undefined;
    return route(handlers, message, verifySender(sender, browser.runtime.id, origin));
  });
}
