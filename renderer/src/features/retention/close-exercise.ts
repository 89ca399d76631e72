// Closing an exercise for good: every row of its workspace, the workspace's signing key, and
// whatever the browser remembers about it. Used by CloseExercise once the person has confirmed.

import { type ClosedRows, closeWorkspace } from '../../db/retention';
import { platform } from '../../platform';
import { type Role, workspaceIdOf } from '../../roles';

/** What closing removed, for the message shown afterwards. */
export interface ClosedExercise {
  rows: ClosedRows;
  /** Total rows deleted from the database. */
  rowCount: number;
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
 * transaction), then the signing key, then browser traces. Throws with what to do when a step fails.
 */
export async function closeExercise(role: Role, exerciseId: string): Promise<ClosedExercise> {
  const workspaceId = workspaceIdOf(role, exerciseId);
  const rows = await closeWorkspace(workspaceId);
  try {
    await platform().deleteSigner?.(role, workspaceId);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The exercise’s data is deleted, but its signing key could not be (${why}). Try closing again from the start screen, or report this to whoever supports Panelscore for you.`,
      { cause: error },
    );
  }
  forgetBrowserTraces(workspaceId);
  return { rows, rowCount: Object.values(rows).reduce((sum, n) => sum + n, 0) };
}
