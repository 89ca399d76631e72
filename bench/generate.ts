/**
 * Generates benchmark inputs: a signed package and one signed score sheet per member, with
 * pinned keys and deterministic pseudo-random scores (a few recusals), written to a folder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, documentHash, sha256 } from '../core/canonical';
import { memorySigner, publicKeyOf } from '../core/crypto/ed25519';
import { signDocument } from '../core/crypto/signed-doc';
import { base64UrlEncode, utf8Encode } from '../core/encoding';
import { writePackage } from '../core/package/package';
import type { Criterion, Exercise, HashString, ScoreSheet, SheetCandidate, UnsignedExercise, UnsignedScoreSheet } from '../core/types';

export interface ExerciseShape {
  members: number;
  candidates: number;
  criteria: number;
}

export interface GeneratedExercise {
  exercise: Exercise;
  exerciseHash: HashString;
  packageBytes: Uint8Array;
  /** The sheet files as Panelscore writes them: canonical JSON. */
  sheets: Uint8Array[];
  /** The same signed sheets as objects, members in the order a program would naturally write them. */
  documents: ScoreSheet[];
}

/** mulberry32: a small seeded PRNG, so every run generates the same scores. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function benchKey(label: string): Uint8Array {
  return sha256(utf8Encode(`panelscore BENCH ONLY key: ${label}`));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Builds a signed exercise of the given shape and one signed, complete sheet per member. */
export async function generateExercise(shape: ExerciseShape): Promise<GeneratedExercise> {
  const memberIds = Array.from({ length: shape.members }, (_, i) => `m-${pad(i + 1, 3)}`);
  const memberKeys = memberIds.map((id) => benchKey(id));
  const criteria: Criterion[] = Array.from({ length: shape.criteria }, (_, i) => ({ id: `k-${pad(i + 1, 2)}`, name: `Criterion ${i + 1}`, kind: 'core', weight: 1 + (i % 3) }));
  const unsigned: UnsignedExercise = {
    format: 'panelscore.exercise',
    formatVersion: 1,
    exerciseId: `bench-${shape.members}x${shape.candidates}x${shape.criteria}`,
    title: `Benchmark exercise ${shape.members} members × ${shape.candidates} candidates × ${shape.criteria} criteria`,
    issuedAt: '2026-01-01T00:00:00Z',
    secretariat: { name: 'Benchmark secretariat', publicKey: '' },
    scale: { min: 1, max: 5, step: 1 },
    divergenceThreshold: 2,
    criteria,
    candidates: Array.from({ length: shape.candidates }, (_, i) => ({ id: `c-${pad(i + 1, 5)}`, name: `Candidate ${i + 1}` })),
    panel: memberIds.map((id, i) => ({ id, name: `Member ${i + 1}`, role: i === 0 ? 'chair' : 'member', publicKey: base64UrlEncode(publicKeyOf(memberKeys[i])) })),
  };
  const secretariat = memorySigner(benchKey('secretariat'));
  unsigned.secretariat.publicKey = base64UrlEncode(secretariat.publicKey);
  const { bytes: packageBytes, exercise } = await writePackage(unsigned, new Map(), secretariat);
  const exerciseHash = documentHash(exercise);

  const random = prng(20260101);
  const quality = unsigned.candidates.map(() => 1.5 + random() * 3);
  const documents: ScoreSheet[] = [];
  for (let m = 0; m < shape.members; m++) {
    const severity = (random() - 0.5) * 0.8;
    const candidates: SheetCandidate[] = unsigned.candidates.map((c, ci) => {
      if (random() < 0.002) return { candidateId: c.id, recused: true, recusalReason: 'Declared a prior working relationship', ratings: [] };
      const ratings = criteria.map((k) => ({ criterionId: k.id, score: Math.min(5, Math.max(1, Math.round(quality[ci] + severity + (random() - 0.5) * 2))) }));
      return { candidateId: c.id, recused: false, ratings };
    });
    const sheet: UnsignedScoreSheet = {
      format: 'panelscore.scores',
      formatVersion: 1,
      exerciseId: unsigned.exerciseId,
      exerciseHash,
      memberId: memberIds[m],
      revision: 1,
      issuedAt: '2026-01-02T12:00:00Z',
      candidates,
    };
    documents.push(await signDocument(sheet, memorySigner(memberKeys[m])));
  }
  return { exercise, exerciseHash, packageBytes, sheets: documents.map((d) => canonical(d)), documents };
}

/** Writes a generated exercise to `dir` as `exercise.panelpkg` and `NNN.scores.json`; returns the paths. */
export function writeGenerated(dir: string, generated: GeneratedExercise): { packagePath: string; sheetPaths: string[] } {
  const packagePath = join(dir, 'exercise.panelpkg');
  writeFileSync(packagePath, generated.packageBytes);
  const sheetPaths = generated.sheets.map((bytes, i) => {
    const path = join(dir, `${pad(i + 1, 3)}.scores.json`);
    writeFileSync(path, bytes);
    return path;
  });
  return { packagePath, sheetPaths };
}
