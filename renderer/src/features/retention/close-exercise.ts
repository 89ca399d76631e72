// Closing an exercise for good: every row of its workspace, the workspace's signing key, and
// whatever the browser remembers about it. Used by CloseExercise once the person has confirmed.

import { encryptionStatus, scrubDeletedData } from '../../db/encryption';
import { type ClosedRows, closeWorkspace } from '../../db/retention';
import { translate } from '../../i18n';
import { platform } from '../../platform';
import { type Role, workspaceIdOf } from '../../roles';
import { runScrub } from './scrub-progress';

/** What closing removed, for the message shown afterwards. */
export interface ClosedExercise {
  rows: ClosedRows;
  /** Total rows deleted from the database. */
  rowCount: number;
  /** The scrub of the deleted rows out of the storage files, under way (null with encryption on: nothing in clear to scrub). */
  scrub: Promise<void> | null;
}

/** How closeExercise clears deleted rows out of the storage files; tests replace it (jsdom has no files). */
export interface CloseOptions {
  scrub?: (onProgress?: (fraction: number) => void) => Promise<void>;
}

/** Removes every localStorage and sessionStorage entry whose name or value mentions the workspace. */
export function forgetBrowserTraces(workspaceId: string, storages: Storage[] = [localStorage, sessionStorage]): void {
  for (const storage of storages) {
    const names = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((name): name is string => name !== null);
    for (const name of names) {
      if (name.includes(workspaceId) || (storage.getItem(name) ?? '').includes(`"${workspaceId}"`)) storage.removeItem(name);
    }
  }
}

/**
 * Deletes the role's workspace of `exerciseId` from this computer: the database rows first (one
 * transaction), then the signing key, then browser traces. Without encryption at rest (rows in
 * clear) it then starts scrubbing the deleted rows out of the storage files, reported through
 * scrub-progress. Throws with what to do when a deleting step fails.
 */
export async function closeExercise(role: Role, exerciseId: string, options: CloseOptions = {}): Promise<ClosedExercise> {
  const workspaceId = workspaceIdOf(role, exerciseId);
  const rows = await closeWorkspace(workspaceId);
  try {
    await platform().deleteSigner?.(role, workspaceId);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(translate('retention.close.keyNotDeleted', { reason }), { cause: error });
  }
  forgetBrowserTraces(workspaceId);
  // Sealed rows are unreadable without the passphrase wherever they linger; plain ones are not.
  const scrub = encryptionStatus() === 'off' ? runScrub(options.scrub ?? scrubDeletedData) : null;
  return { rows, rowCount: Object.values(rows).reduce((sum, n) => sum + n, 0), scrub };
}
