// A member's import of an exercise package, in two steps: first what the import would
// do (new exercise, newer version, same file, foreign key), then the import itself, which
// stores the package and drops only the scores whose candidate, criterion or scale point is gone.

import { fingerprint } from '../../../core/crypto/ed25519';
import type { Exercise, JsonObject } from '../../../core/types';
import { workspaceIdOf } from '../roles';
import { db } from './connection';
import { appendEditLog } from './edit-log';
import { packageForStorage } from './encryption/session';
import { type ImportOutcome, type PackageToStore, importExercise } from './exercises';
import type { ScoreRecord } from './records';

/** What importing a verified package into the member's workspace would do. */
export type ImportPlan =
  | { kind: 'new'; workspaceId: string; fingerprint: string }
  | { kind: 'same'; workspaceId: string; fingerprint: string }
  | {
      kind: 'newer';
      workspaceId: string;
      fingerprint: string;
      previousIssuedAt: string;
      droppedScores: number;
    }
  | { kind: 'foreign'; workspaceId: string; fingerprint: string; pinnedFingerprint: string };

function isScalePoint(exercise: Exercise, score: number): boolean {
  const { min, max, step } = exercise.scale;
  if (score < min - 1e-9 || score > max + 1e-9) return false;
  const i = (score - min) / step;
  return Math.abs(i - Math.round(i)) < 1e-9;
}

/** Scores that no longer fit the new exercise: their candidate or criterion is gone, or the score is off the scale. */
function staleScores(exercise: Exercise, scores: readonly ScoreRecord[]): ScoreRecord[] {
  const candidates = new Set(exercise.candidates.map((c) => c.id));
  const criteria = new Set(exercise.criteria.map((c) => c.id));
  return scores.filter(
    (s) =>
      !candidates.has(s.candidateId) ||
      !criteria.has(s.criterionId) ||
      (s.score !== null && !isScalePoint(exercise, s.score)),
  );
}

/** Works out, without changing anything, what importing `pkg` as a member would do. */
export async function planMemberImport(pkg: Omit<PackageToStore, 'documents'>): Promise<ImportPlan> {
  const workspaceId = workspaceIdOf('member', pkg.exercise.exerciseId);
  const print = fingerprint(pkg.exercise.secretariat.publicKey);
  const existing = await db().exercises.get(workspaceId);
  if (!existing) return { kind: 'new', workspaceId, fingerprint: print };
  if (existing.secretariatKey !== pkg.exercise.secretariat.publicKey) {
    return {
      kind: 'foreign',
      workspaceId,
      fingerprint: print,
      pinnedFingerprint: existing.secretariatFingerprint,
    };
  }
  if (existing.exerciseHash === pkg.exerciseHash) return { kind: 'same', workspaceId, fingerprint: print };
  const scores = await db().scores.where('workspaceId').equals(workspaceId).toArray();
  return {
    kind: 'newer',
    workspaceId,
    fingerprint: print,
    previousIssuedAt: existing.exercise.issuedAt,
    droppedScores: staleScores(pkg.exercise, scores).filter((s) => s.score !== null).length,
  };
}

/**
 * Stores a package the member confirmed, in one transaction: the exercise and documents
 * (importExercise refuses another secretariat key), minus the scores that no longer fit.
 */
export async function importMemberPackage(
  toStore: PackageToStore,
  now: Date = new Date(),
): Promise<ImportOutcome> {
  // With encryption at rest on, documents are read into bytes to be sealed: before the transaction,
  // since awaiting a file read inside it would let IndexedDB commit it half-way.
  const pkg = await packageForStorage(toStore);
  const database = db();
  const workspaceId = workspaceIdOf('member', pkg.exercise.exerciseId);
  const tables = [
    database.workspaces,
    database.exercises,
    database.documents,
    database.scores,
    database.editLog,
  ];
  return database.transaction('rw', tables, async () => {
    const previous = await database.exercises.get(workspaceId);
    const outcome = await importExercise('member', pkg, now);
    if (outcome.status === 'unchanged') return outcome;
    const scores = await database.scores.where('workspaceId').equals(workspaceId).toArray();
    const stale = staleScores(pkg.exercise, scores);
    await database.scores.bulkDelete(
      stale.map((s): [string, string, string] => [workspaceId, s.candidateId, s.criterionId]),
    );
    const removedScores: JsonObject[] = stale.map((s) => ({
      candidateId: s.candidateId,
      criterionId: s.criterionId,
      score: s.score,
    }));
    const detail: JsonObject = {
      exerciseHash: pkg.exerciseHash,
      previousHash: previous?.exerciseHash ?? null,
      removedScores,
    };
    await appendEditLog(
      workspaceId,
      outcome.status === 'imported' ? 'import-package' : 'replace-package',
      detail,
      now.toISOString(),
    );
    return outcome;
  });
}
