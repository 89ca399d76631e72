// Failed writes in words a person can act on. IndexedDB reports a full disk (or a used-up
// browser quota) as QuotaExceededError, often wrapped by Dexie in an AbortError or a bulk error.

import { translate } from '../i18n';
import { isStorageFull } from './storage-full';

export { isStorageFull } from './storage-full';

/** What to say when the disk or the browser's storage quota is full (after "Not saved: "), in the interface language. */
export function diskFullMessage(): string {
  return translate('errors.diskFull');
}

/** The message for a write that failed: the disk-full advice, or what went wrong and what to do. */
export function describeWriteFailure(error: unknown): string {
  if (isStorageFull(error)) return diskFullMessage();
  if (error instanceof Error && error.message) return error.message;
  return translate('errors.writeRefused');
}
