// "Open the demo exercise": builds the embedded demo package, verifies it exactly as an
// imported file would be verified, and stores it in the chosen role's workspace.

import { type ImportOutcome, importExercise } from '../db';
import { collectSheets } from '../db/secretariat-sheets';
import { type Role, workspaceIdOf } from '../roles';

/** Builds, verifies and stores the demo exercise; resolves to the workspace it went into. */
export async function openDemoExercise(role: Role): Promise<ImportOutcome & { exerciseId: string }> {
  // Loaded on demand: the demo (PDF layout, sample sheets) is not needed on every start.
  const [{ buildDemo }, { readPackage }] = await Promise.all([
    import('../../../core/demo/index'),
    import('../../../core/package/package'),
  ]);
  const demo = await buildDemo();
  let verified: Awaited<ReturnType<typeof readPackage>>;
  try {
    verified = await readPackage(demo.packageBytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The built-in demo package failed its own checks (${reason}). This is a fault in Panelscore, not in your data: please report it.`, {
      cause: error,
    });
  }
  const outcome = await importExercise(role, verified);
  if (role === 'debrief') {
    // The debrief of the demo starts from the demo's signed sample sheets, so the merge is real at once.
    await collectSheets(workspaceIdOf(role, verified.exercise.exerciseId), demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes })));
  }
  return { ...outcome, exerciseId: verified.exercise.exerciseId };
}
