// Whether a failed write failed because the disk (or the browser's storage quota) is full. Its own
// module, free of the interface's translations: the save worker asks it too.

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
