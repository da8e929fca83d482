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
  | 'too-large' // an article longer than Dossier stores (MAX_TEXT, MAX_HTML), or a page too long to look for one in (MAX_PAGE_TEXT)
  | 'forbidden' // the sender may not make this call
  | 'not-found' // the record does not exist
  | 'no-selection' // a highlight was asked for with nothing selected on the page
  | 'selection-too-long' // the selection is longer than a highlight may be
  | 'storage-full' // the browser refused the write for lack of space, or a clip or import needs more room than is left
  | 'storage-low' // an edit refused before writing: less room left than it needs plus the margin Dossier keeps (ensureRoom)
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

type ErrorLike = { name?: string; message?: string; inner?: ErrorLike; failures?: ErrorLike[] } | null | undefined;

/**
 * True when a write failed for lack of space. With a quota, the browser says QuotaExceededError;
 * Dossier holds `unlimitedStorage`, where no quota is enforced and a full disk surfaces as the
 * storage backend's write error ("Failed to write blobs (IOError)", "backing store error").
 * Dexie wraps the browser's error in `inner`, and a bulk write's in `failures`.
 */
export function isStorageFull(err: unknown): boolean {
  const e = err as ErrorLike;
  if (!e) return false;
  if (e.name === 'QuotaExceededError' || /\bIO ?error\b|no space left|backing store error/i.test(e.message ?? '')) return true;
  return isStorageFull(e.inner) || (e.failures ?? []).some(isStorageFull);
}

/** Turn a thrown value into an error reply (a full disk or quota gets its own code). */
export function toFailure(err: unknown): { ok: false; error: AppError } {
  if (err instanceof AppFailure) return fail(err.code, err.message);
  if (isStorageFull(err)) return fail('storage-full', 'The browser has no room left for Dossier’s data. Nothing was saved.');
  return fail('internal', err instanceof Error ? err.message : String(err));
}
