// What the reader is told when the store cannot do what they asked. The store's functions throw
// StoreError; the background turns it into a failed Result, in the reader's language. The store
// runs under plain Node too (npm run bench), where browser.i18n cannot load: its errors carry the
// message key and their English.

import type { MessageKey } from '../i18n';

export class StoreError extends Error {
  override name = 'StoreError';

  /** `message` in English; `key` (with `substitutions`), the message of public/_locales that says it to the reader. */
  constructor(
    message: string,
    readonly key?: MessageKey,
    readonly substitutions: string[] = [],
  ) {
    super(message);
  }
}

export const STORAGE_FULL = "Sourcelight's storage is full, so this was not saved. Export your notes and delete some you no longer need, then try again.";
export const STORAGE_UNAVAILABLE = "Notes can't be saved in this browser profile: its database (IndexedDB) is unavailable, as in some private windows.";
export const NOT_FOUND = 'That note or item no longer exists (deleted in another tab?).';

function domName(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as { name?: unknown }).name?.toString() : undefined;
}

/** `error` as a StoreError a reader can act on; unknown failures keep their own message. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const name = domName(error);
  if (name === 'QuotaExceededError') return new StoreError(STORAGE_FULL, 'storeFull');
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') return new StoreError(STORAGE_UNAVAILABLE, 'storeUnavailable');
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(`Could not save: ${message}`, 'storeCouldNotSave', [message]);
}
