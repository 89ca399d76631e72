// How a real exercise reaches the debrief: the secretariat, who drives the meeting's screen, opens
// its own exercise there with the sheets it collected and the member keys it confirmed.

import { workspaceIdOf } from '../roles';
import { WorkspaceError, getExercise, importExercise } from './exercises';
import { collectSheets, confirmMemberKey, listCollectedSheets, listConfirmedKeys, loadPackageDocuments } from './secretariat-sheets';

/** What the debrief workspace received. */
export interface DebriefStart {
  workspaceId: string;
  /** Sheet files newly copied (files already there are not copied twice). */
  sheetsAdded: number;
  keysConfirmed: number;
}

/**
 * Copies the secretariat's exercise, collected sheet files and confirmed keys into the debrief
 * workspace of the same exercise. Safe to repeat: a later call brings sheets that arrived since.
 */
export async function startDebriefFromSecretariat(exerciseId: string, now: Date = new Date()): Promise<DebriefStart> {
  const from = workspaceIdOf('secretariat', exerciseId);
  const record = await getExercise(from);
  if (record === undefined) {
    throw new WorkspaceError(`The secretariat holds no exercise ${exerciseId} on this computer: open the exercise as the secretariat first.`);
  }
  const documents = await loadPackageDocuments(from);
  const { workspaceId } = await importExercise('debrief', { exercise: record.exercise, exerciseHash: record.exerciseHash, documents }, now);
  const sheets = await listCollectedSheets(from);
  const { added } = await collectSheets(
    workspaceId,
    sheets.map((sheet) => ({ name: sheet.fileName, bytes: sheet.bytes })),
    now,
  );
  const keys = await listConfirmedKeys(from);
  const already = new Set((await listConfirmedKeys(workspaceId)).map((k) => `${k.memberId} ${k.publicKey}`));
  let keysConfirmed = 0;
  for (const key of keys) {
    if (already.has(`${key.memberId} ${key.publicKey}`)) continue;
    await confirmMemberKey(workspaceId, key.memberId, key.publicKey, now);
    keysConfirmed += 1;
  }
  return { workspaceId, sheetsAdded: added, keysConfirmed };
}
