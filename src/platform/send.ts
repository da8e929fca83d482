/** Calls from extension pages to the background, typed by the protocol. */
import browser from './browser';
import { envelope } from '../messages/envelope';
import type { BackgroundArgs, BackgroundMethod, BackgroundReply } from '../messages/protocol';
import { fail } from '../messages/result';

/** Call a background method; transport failures come back as error values (`interrupted`, `internal`), never as throws. */
export async function send<M extends BackgroundMethod>(method: M, args: BackgroundArgs<M>): Promise<BackgroundReply<M>> {
  try {
    const reply = (await browser.runtime.sendMessage(envelope(method, args))) as BackgroundReply<M> | undefined;
    // The router always answers with a Result: no answer means the port closed first, because
    // the browser stopped the service worker mid-call (it may, at any time). Each write is one
    // transaction, so nothing is half-done and the same call can simply be made again.
    return reply ?? fail('interrupted', `No reply to ${method}.`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/message (port|channel) closed|receiving end does not exist/i.test(message)) return fail('interrupted', message);
    return fail('internal', message);
  }
}
