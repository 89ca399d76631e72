// Asks the browser to keep Panelscore's storage (navigator.storage.persist()): without it,
// a browser short of disk space may evict "best-effort" site data, scores included.

/** Whether the browser promised to keep the app's data. */
export type PersistenceStatus = 'persistent' | 'best-effort' | 'unsupported';

let asked: Promise<PersistenceStatus> | null = null;

async function askOnce(): Promise<PersistenceStatus> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persisted !== 'function' || typeof storage.persist !== 'function') return 'unsupported';
  if (await storage.persisted()) return 'persistent';
  return (await storage.persist()) ? 'persistent' : 'best-effort';
}

/**
 * Asks for persistent storage the first time a workspace is used in this session, and
 * answers the same promise afterwards. A refusal is an answer, not an error.
 */
export function ensurePersistentStorage(): Promise<PersistenceStatus> {
  asked ??= askOnce().catch(() => 'best-effort' as const);
  return asked;
}

/** Forgets the answer so the next call asks again (tests, and the "ask again" button). */
export function resetPersistenceRequest(): void {
  asked = null;
}
