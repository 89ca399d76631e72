// Resetting the demo: every role's workspace on the demo exercise goes, row by row from every
// table (retention's closeWorkspace), in one transaction; the person's own exercises stay.

import { DEMO_EXERCISE_ID } from '../../../core/demo/panel';
import { db } from './connection';
import type { WorkspaceRecord } from './records';
import { closeWorkspace } from './retention';

/** The workspaces (one per role at most) that hold the demo exercise. */
export async function listDemoWorkspaces(): Promise<WorkspaceRecord[]> {
  return db().workspaces.where('exerciseId').equals(DEMO_EXERCISE_ID).toArray();
}

/** What a reset removed: the demo's workspaces and how many rows in all. */
export interface DemoResetOutcome {
  workspaces: WorkspaceRecord[];
  rows: number;
}

/** Deletes every row of every demo workspace, all or nothing. */
export async function resetDemo(): Promise<DemoResetOutcome> {
  const database = db();
  return database.transaction('rw', database.tables, async () => {
    const workspaces = await listDemoWorkspaces();
    let rows = 0;
    for (const workspace of workspaces) {
      const counts = await closeWorkspace(workspace.id);
      rows += Object.values(counts).reduce((sum, n) => sum + n, 0);
    }
    return { workspaces, rows };
  });
}
