// The one database connection the renderer uses, opened lazily on first use.
// Tests and "forget everything" call resetDatabase() to start from nothing.

import { liveQuery } from 'dexie';
import { PanelscoreDatabase } from './schema';

let database: PanelscoreDatabase | null = null;
let openDatabase: () => PanelscoreDatabase = () => new PanelscoreDatabase();

/** The app's database, created on first use. */
export function db(): PanelscoreDatabase {
  database ??= openDatabase();
  return database;
}

/** Changes how db() opens the database (encryption at rest: the sealed one, or a refusal while locked); closes the open one. */
export function setDatabaseOpener(opener: () => PanelscoreDatabase): void {
  database?.close();
  database = null;
  openDatabase = opener;
}

/** Closes and deletes the whole database (every workspace). */
export async function resetDatabase(): Promise<void> {
  const current = db();
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
