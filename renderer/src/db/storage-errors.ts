// Failed writes in words a person can act on. IndexedDB reports a full disk (or a used-up
// browser quota) as QuotaExceededError, often wrapped by Dexie in an AbortError or a bulk error.

import { translate } from '../i18n';

/** What to say when the disk or the browser's storage quota is full (after "Not saved: "), in the interface language. */
export function diskFullMessage(): string {
  return translate('errors.diskFull');
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** True when `error`, or any error it wraps (Dexie `inner`, `cause`, bulk `failures`), is a quota error. */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (depth > 8 || typeof error !== 'object' || error === null) return false;
  const { name, message, inner, cause, failures } = error as {
    name?: unknown;
    message?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (typeof name === 'string' && QUOTA_NAMES.has(name)) return true;
  // Dexie's AbortError keeps only the text of the DOMException that aborted the transaction.
  if (typeof message === 'string' && /QuotaExceededError|quota (has been )?exceeded|quota.+reached/i.test(message)) return true;
  const wrapped = [inner, cause, ...(Array.isArray(failures) ? (failures as unknown[]) : [])];
  return wrapped.some((e) => isStorageFull(e, depth + 1));
}

/** The message for a write that failed: the disk-full advice, or what went wrong and what to do. */
export function describeWriteFailure(error: unknown): string {
  if (isStorageFull(error)) return diskFullMessage();
  if (error instanceof Error && error.message) return error.message;
  return translate('errors.writeRefused');
}
