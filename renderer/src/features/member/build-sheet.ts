// The member's work turned into a score sheet (formats.md §3): recused candidates with
// their reason, rated criteria in rubric order, evidence and comments; then signed.

import { documentHash } from '../../../../core/canonical';
import { signDocument } from '../../../../core/crypto/signed-doc';
import { utf8Encode } from '../../../../core/encoding';
import { checkSheetAgainstExercise, parseUnsignedScoreSheet } from '../../../../core/formats/sheet';
import type { Exercise, HashString, ScoreSheet, SheetCandidate, Signer, UnsignedScoreSheet } from '../../../../core/types';
import type { MemberWork } from '../../db';

/** The candidates part of the sheet: what was scored, independent of revision and time. */
export function sheetCandidates(exercise: Exercise, work: MemberWork): SheetCandidate[] {
  const entries: SheetCandidate[] = [];
  for (const candidate of exercise.candidates) {
    const note = work.notes.find((n) => n.candidateId === candidate.id);
    if (note?.recused) {
      entries.push({ candidateId: candidate.id, recused: true, recusalReason: note.recusalReason ?? 'Conflict of interest', ratings: [] });
      continue;
    }
    const ratings = exercise.criteria.flatMap((criterion) => {
      const row = work.scores.find((s) => s.candidateId === candidate.id && s.criterionId === criterion.id);
      if (!row || row.score === null) return [];
      return [row.evidence ? { criterionId: criterion.id, score: row.score, evidence: row.evidence } : { criterionId: criterion.id, score: row.score }];
    });
    const comment = note?.comment;
    if (ratings.length === 0 && !comment) continue;
    entries.push(comment ? { candidateId: candidate.id, recused: false, ratings, comment } : { candidateId: candidate.id, recused: false, ratings });
  }
  return entries;
}

/** A hash of what would be signed, apart from revision and time: equal hashes mean nothing changed. */
export function contentHash(exerciseHash: HashString, memberId: string, candidates: SheetCandidate[]): HashString {
  return documentHash({ exerciseHash, memberId, candidates });
}

export interface SheetRequest {
  exercise: Exercise;
  exerciseHash: HashString;
  memberId: string;
  revision: number;
  issuedAt: string;
  candidates: SheetCandidate[];
}

/** The unsigned sheet, checked against §3 and the exercise before anything is signed. */
export function buildUnsignedSheet(request: SheetRequest): UnsignedScoreSheet {
  const sheet = parseUnsignedScoreSheet({
    format: 'panelscore.scores',
    formatVersion: 1,
    exerciseId: request.exercise.exerciseId,
    exerciseHash: request.exerciseHash,
    memberId: request.memberId,
    revision: request.revision,
    issuedAt: request.issuedAt,
    candidates: request.candidates,
  });
  checkSheetAgainstExercise(sheet, request.exercise, request.exerciseHash);
  return sheet;
}

export interface SignedSheetFile {
  sheet: ScoreSheet;
  bytes: Uint8Array;
  sheetHash: HashString;
  fileName: string;
}

/** Signs the sheet and lays it out as the `*.scores.json` file a member sends. */
export async function signSheet(unsigned: UnsignedScoreSheet, signer: Signer): Promise<SignedSheetFile> {
  const sheet = await signDocument(unsigned, signer);
  return {
    sheet,
    bytes: utf8Encode(`${JSON.stringify(sheet, null, 2)}\n`),
    sheetHash: documentHash(sheet),
    fileName: `${sheet.memberId}.r${sheet.revision}.scores.json`,
  };
}
