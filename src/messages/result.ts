/** Errors cross every boundary as values, never as thrown objects. */

/** What went wrong, as a code the UI turns into a localized sentence. */
export type ErrorCode =
  | 'no-article' // the page has no article Readability can find
  | 'not-html' // a PDF, image or other non-HTML document
  | 'restricted-page' // a browser-internal or store page the extension may not script
  | 'no-permission' // the extension was not granted access to the tab
  | 'no-tab' // the tab is gone
  | 'page-changed' // the tab navigated while it was being clipped
  | 'bad-request' // a message of the wrong shape or size
  | 'forbidden' // the sender may not make this call
  | 'not-found' // the record does not exist
  | 'no-selection' // a highlight was asked for with nothing selected on the page
  | 'selection-too-long' // the selection is longer than a highlight may be
  | 'storage-full' // the browser refused the write for lack of space
  | 'timeout' // the page did not answer in time
  | 'interrupted' // the browser stopped the background before it replied (its writes are whole or absent)
  | 'internal'; // anything else: a bug

/** An error value. */
export type AppError = { code: ErrorCode; message: string };

/** A reply: the value, or the error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({ ok: false, error: { code, message } });

/** Thrown inside a handler to reply with a specific error code; anything else becomes `internal`. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Turn a thrown value into an error reply (quota errors get their own code). */
export function toFailure(err: unknown): { ok: false; error: AppError } {
  if (err instanceof AppFailure) return fail(err.code, err.message);
  const name = (err as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return fail('storage-full', 'The browser has no room left for Dossier’s data. Nothing was saved.');
  }
  return fail('internal', err instanceof Error ? err.message : String(err));
}
