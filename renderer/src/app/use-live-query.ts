// React binding for db's observeQuery: a component shows what IndexedDB holds and
// re-renders when it changes (another tab, an import finishing) without polling.

import { useEffect, useState } from 'react';
import { observeQuery } from '../db';
import { DISK_FULL_MESSAGE, isStorageFull } from '../db/storage-errors';

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
  if (isStorageFull(error)) return `${DISK_FULL_MESSAGE[0].toUpperCase()}${DISK_FULL_MESSAGE.slice(1)}`;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong that Panelscore did not expect. Reload the window; if it happens again, report it with the steps that led to it.';
}
