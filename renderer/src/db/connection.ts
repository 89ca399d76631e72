// The one database connection the renderer uses, opened lazily on first use.
// Tests and "forget everything" call resetDatabase() to start from nothing.

import { liveQuery } from 'dexie';
import { type DataKeyRef, encryptionMiddleware } from './encryption/middleware';
import { PanelscoreDatabase } from './schema';

/** The encrypted database; the plain `panelscore` one is deleted once everything is in here. */
export const SEALED_DATABASE_NAME = 'panelscore-sealed';

/**
 * Which database db() opens, described so that another thread (the save worker) can open the same:
 * the plain one, the sealed one under the data key in `key`, or none while the workspace is locked.
 */
export type DatabaseTarget = { kind: 'plain' } | { kind: 'sealed'; key: DataKeyRef } | { kind: 'locked' };

/** The sealed database: every row encrypted under the key in `ref` on its way to IndexedDB. */
export function openSealedDatabase(ref: DataKeyRef): PanelscoreDatabase {
  const database = new PanelscoreDatabase(SEALED_DATABASE_NAME);
  database.use(encryptionMiddleware(ref));
  return database;
}

/** Opens the database a target names (throws while locked). */
export function openDatabaseAt(target: DatabaseTarget): PanelscoreDatabase {
  switch (target.kind) {
    case 'plain':
      return new PanelscoreDatabase();
    case 'sealed':
      return openSealedDatabase(target.key);
    case 'locked':
      throw new Error('The workspace is locked: unlock it with your passphrase to see or change anything.');
  }
}

let database: PanelscoreDatabase | null = null;
let target: DatabaseTarget = { kind: 'plain' };
const targetListeners = new Set<() => void>();

/** The app's database, created on first use. */
export function db(): PanelscoreDatabase {
  database ??= openDatabaseAt(target);
  return database;
}

/** The database db() opens now. */
export function databaseTarget(): DatabaseTarget {
  return target;
}

/** Calls `listener` whenever db() is about to open another database or the database is deleted (returns: stop). */
export function onDatabaseChange(listener: () => void): () => void {
  targetListeners.add(listener);
  return () => targetListeners.delete(listener);
}

function databaseChanged(): void {
  for (const listener of targetListeners) listener();
}

/** Changes which database db() opens (encryption at rest: the sealed one, or a refusal while locked); closes the open one. */
export function setDatabaseTarget(next: DatabaseTarget): void {
  database?.close();
  database = null;
  target = next;
  databaseChanged();
}

/** Closes and deletes the whole database (every workspace). */
export async function resetDatabase(): Promise<void> {
  const current = db();
  databaseChanged();
  current.close();
  await current.delete();
  database = null;
}

/**
 * Runs `query` now and again whenever the data it read changes; returns a function
 * that stops watching. Lets components stay live without seeing Dexie's types.
 */
export function observeQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
