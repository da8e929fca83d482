/** The envelope every message travels in. Kept apart from the schemas so that content scripts and the popup do not bundle valibot. */

export type Envelope<M extends string = string, A = unknown> = { channel: 'dossier'; method: M; args: A };

export const CHANNEL = 'dossier';

/** Wrap a call in its envelope. */
export function envelope<M extends string, A>(method: M, args: A): Envelope<M, A> {
  return { channel: CHANNEL, method, args };
}

/** True for a well-formed envelope (the method is checked by the receiver). */
export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' && message !== null && (message as Envelope).channel === CHANNEL && typeof (message as Envelope).method === 'string'
  );
}

