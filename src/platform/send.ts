/** Calls from extension pages to the background, typed by the protocol. */
import browser from './browser';
import { envelope } from '../messages/envelope';
import type { BackgroundArgs, BackgroundMethod, BackgroundReply } from '../messages/protocol';
import { fail } from '../messages/result';

/** Call a background method; transport failures come back as `internal` errors, never as throws. */
export async function send<M extends BackgroundMethod>(method: M, args: BackgroundArgs<M>): Promise<BackgroundReply<M>> {
  try {
    const reply = (await browser.runtime.sendMessage(envelope(method, args))) as BackgroundReply<M> | undefined;
    return reply ?? fail('internal', `No reply to ${method}.`);
  } catch (err) {
    return fail('internal', err instanceof Error ? err.message : String(err));
  }
}
