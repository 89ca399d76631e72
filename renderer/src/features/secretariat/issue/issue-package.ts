// Issuing: sign the draft with the secretariat workspace key, read the package back exactly
// as a member's app will, save it, and keep the exercise in the secretariat workspace.

import { base64UrlEncode } from '../../../../../core/encoding';
import { readPackage, writePackage } from '../../../../../core/package/package';
import { WorkspaceError, getExercise, importExercise } from '../../../db';
import { workspaceIdOf } from '../../../roles';
import { deleteDraft } from '../../../db/secretariat-drafts';
import { platform, type WorkspaceSigner } from '../../../platform';
import { type ExerciseDraft, toPackageDraft } from '../editor/draft';

export interface IssueResult {
  saved: boolean;
  exerciseId: string;
  fileName: string;
}

/** Signs and saves `<exerciseId>.panelpkg`; when saved, stores the exercise in the secretariat workspace and drops the draft in `slot`. */
export async function issuePackage(draft: ExerciseDraft, identity: WorkspaceSigner, slot: string, now: Date = new Date()): Promise<IssueResult> {
  const issuedAt = `${now.toISOString().slice(0, 19)}Z`;
  const { exercise, documents } = toPackageDraft(draft, base64UrlEncode(identity.signer.publicKey), issuedAt);
  const earlier = await getExercise(workspaceIdOf('secretariat', exercise.exerciseId));
  if (earlier && earlier.secretariatKey !== exercise.secretariat.publicKey) {
    throw new WorkspaceError(
      `“${exercise.exerciseId}” was issued before with the key ${earlier.secretariatFingerprint}, not with this computer’s key ${identity.fingerprint}: ` +
        'members would refuse the new package. Issue it under a new exercise id, or from the computer that holds the original key.',
    );
  }
  const { bytes } = await writePackage(exercise, documents, identity.signer);
  const verified = await readPackage(bytes);
  const fileName = `${exercise.exerciseId}.panelpkg`;
  const { saved } = await platform().saveFile(fileName, bytes, [{ name: 'Exercise package', extensions: ['panelpkg'] }]);
  if (saved) {
    await importExercise('secretariat', verified, now);
    await deleteDraft(slot);
  }
  return { saved, exerciseId: exercise.exerciseId, fileName };
}
