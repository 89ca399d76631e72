// The score sheets a member has exported, kept as the exact bytes sent, so they can show
// what was sent and when, and so the next export takes the next revision number.

import { db } from './connection';
import { appendEditLog } from './edit-log';
import { WorkspaceError } from './exercises';
import type { ExportedSheetRecord } from './records';

/** The sheets exported from a workspace, newest revision first. */
export async function listExportedSheets(workspaceId: string): Promise<ExportedSheetRecord[]> {
  const rows = await db().exportedSheets.where('workspaceId').equals(workspaceId).toArray();
  return rows.sort((a, b) => b.revision - a.revision);
}

/** One exported sheet as stored (the exact bytes that were sent), or undefined. */
export async function getExportedSheet(workspaceId: string, revision: number): Promise<ExportedSheetRecord | undefined> {
  return db().exportedSheets.get([workspaceId, revision]);
}

/** The revision number the next export of a workspace takes (1 for the first). */
export async function nextRevision(workspaceId: string): Promise<number> {
  const [latest] = await listExportedSheets(workspaceId);
  return (latest?.revision ?? 0) + 1;
}

/** Keeps an exported sheet; refuses a revision that was already used (a second window exported meanwhile). */
export async function recordExportedSheet(sheet: ExportedSheetRecord): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.exportedSheets, database.editLog], async () => {
    if (await database.exportedSheets.get([sheet.workspaceId, sheet.revision])) {
      throw new WorkspaceError(`Revision ${sheet.revision} of your score sheet was already exported (perhaps from another window). Export again to make revision ${sheet.revision + 1}.`);
    }
    await database.exportedSheets.add(sheet);
    await appendEditLog(sheet.workspaceId, 'export', { revision: sheet.revision, sheetHash: sheet.sheetHash }, sheet.exportedAt);
  });
}
