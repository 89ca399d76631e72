// React binding for db's observeQuery: a component shows what IndexedDB holds and
// re-renders when it changes (another tab, an import finishing) without polling.

import { useEffect, useState } from 'react';
import { observeQuery } from '../db';
import { diskFullMessage, isStorageFull } from '../db/storage-errors';
import { translate } from '../i18n';
import { fileErrorText } from '../i18n/describe-error';
import { isFormatError } from '../../../core/errors';

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

/**
 * Watches `query` (memoize it with useCallback: a new function starts a new watch).
 * Until the new query answers, the result is `loading`, never the previous query's value.
 */
export function useLiveQuery<T>(query: () => Promise<T>): Live<T> {
  const [result, setResult] = useState<{ query: () => Promise<T>; live: Live<T> } | null>(null);
  useEffect(
    () =>
      observeQuery(
        query,
        (value) => setResult({ query, live: { status: 'ready', value } }),
        (error) => setResult({ query, live: { status: 'error', error } }),
      ),
    [query],
  );
  return result?.query === query ? result.live : { status: 'loading' };
}

/** What went wrong, in words for the person using the app. */
export function describeError(error: unknown): string {
  if (isStorageFull(error)) {
    const message = diskFullMessage();
    return `${message[0].toUpperCase()}${message.slice(1)}`;
  }
  if (isFormatError(error)) return fileErrorText(error);
  if (error instanceof Error && error.message) return error.message;
  return translate('errors.unexpected');
}
