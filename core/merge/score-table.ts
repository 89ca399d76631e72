// The merged scores as flat typed arrays (member x candidate x criterion). Each accepted sheet is
// laid out as soon as it is checked, so the parsed documents can be dropped before the arithmetic.
import { isScalePoint } from '../formats/scale';
import type { Exercise, ScoreSheet } from '../types';

/** Status of a member's entry for a candidate. */
export const ENTRY_MISSING = 0;
export const ENTRY_RATED = 1;
export const ENTRY_RECUSED = 2;

/** Where each candidate and criterion of the exercise sits in the arrays. */
export interface ScoreLayout {
  candidateIndex: ReadonlyMap<string, number>;
  criterionIndex: ReadonlyMap<string, number>;
  /** Criterion ids in exercise order (sheets usually list them so: a cheap first guess). */
  criterionIds: readonly string[];
  candidateCount: number;
  criterionCount: number;
}

/** One sheet's scores: r[c][k] at `scores[c * K + k]` (NaN = not rated), entry status at `status[c]`. */
export interface SheetScores {
  scores: Float64Array;
  status: Uint8Array;
}

/** All selected sheets: r[m][c][k] at `scores[(m * C + c) * K + k]`, entry status at `status[m * C + c]`. */
export interface ScoreTable {
  /** Member ids in `inputs` order (sorted). */
  members: readonly string[];
  candidateCount: number;
  criterionCount: number;
  scores: Float64Array;
  status: Uint8Array;
}

/** The index maps of an exercise's candidates and criteria. */
export function scoreLayout(exercise: Exercise): ScoreLayout {
  return {
    candidateIndex: new Map(exercise.candidates.map((c, i) => [c.id, i])),
    criterionIndex: new Map(exercise.criteria.map((k, i) => [k.id, i])),
    criterionIds: exercise.criteria.map((k) => k.id),
    candidateCount: exercise.candidates.length,
    criterionCount: exercise.criteria.length,
  };
}

/** Lays out one sheet that passed checkSheetAgainstExercise (every id exists and occurs once). */
export function sheetScores(sheet: ScoreSheet, layout: ScoreLayout): SheetScores {
  const { candidateIndex, criterionIndex, criterionIds, candidateCount: C, criterionCount: K } = layout;
  const scores = new Float64Array(C * K).fill(Number.NaN);
  const status = new Uint8Array(C);
  for (const entry of sheet.candidates) {
    const c = candidateIndex.get(entry.candidateId);
    if (c === undefined) continue;
    status[c] = entry.recused ? ENTRY_RECUSED : ENTRY_RATED;
    const { ratings } = entry;
    for (let j = 0; j < ratings.length; j++) {
      const { criterionId, score } = ratings[j];
      const k = criterionIds[j] === criterionId ? j : criterionIndex.get(criterionId);
      if (k !== undefined) scores[c * K + k] = score;
    }
  }
  return { scores, status };
}

/**
 * sheetScores for a sheet that checkSheetAgainstExercise accepts (the exerciseId and memberId aside),
 * found in the same pass; null when a candidate or criterion is not the exercise's or a score is
 * not a point of its scale (checkSheetAgainstExercise then says which).
 */
export function fittedSheetScores(sheet: ScoreSheet, layout: ScoreLayout, exercise: Exercise): SheetScores | null {
  const { candidateIndex, criterionIndex, criterionIds, candidateCount: C, criterionCount: K } = layout;
  const scores = new Float64Array(C * K).fill(Number.NaN);
  const status = new Uint8Array(C);
  // A sheet uses few distinct scores: test each once (small whole numbers by index, others by value).
  const wholePoints = new Int8Array(256); // score + 128 -> 0 untested, 1 a point, -1 not
  const points = new Map<number, boolean>();
  for (const entry of sheet.candidates) {
    const c = candidateIndex.get(entry.candidateId);
    if (c === undefined) return null;
    status[c] = entry.recused ? ENTRY_RECUSED : ENTRY_RATED;
    const { ratings } = entry;
    for (let j = 0; j < ratings.length; j++) {
      const { criterionId, score } = ratings[j];
      const k = criterionIds[j] === criterionId ? j : criterionIndex.get(criterionId);
      if (k === undefined) return null;
      const slot = score + 128;
      if (slot >= 0 && slot < 256 && (slot | 0) === slot) {
        if (wholePoints[slot] === 0) wholePoints[slot] = isScalePoint(exercise.scale, score) ? 1 : -1;
        if (wholePoints[slot] < 0) return null;
      } else {
        let point = points.get(score);
        if (point === undefined) points.set(score, (point = isScalePoint(exercise.scale, score)));
        if (!point) return null;
      }
      scores[c * K + k] = score;
    }
  }
  return { scores, status };
}

/** Stacks the selected sheets (one per member, sorted by memberId) into one table. */
export function buildScoreTable(layout: ScoreLayout, sheets: readonly { memberId: string; scores: SheetScores }[]): ScoreTable {
  const { candidateCount: C, criterionCount: K } = layout;
  const scores = new Float64Array(sheets.length * C * K);
  const status = new Uint8Array(sheets.length * C);
  sheets.forEach((sheet, m) => {
    scores.set(sheet.scores.scores, m * C * K);
    status.set(sheet.scores.status, m * C);
  });
  return { members: sheets.map((s) => s.memberId), candidateCount: C, criterionCount: K, scores, status };
}

/**
 * Member totals S[m][c] = sum_k w[k] r[m][c][k] / sum_k w[k] at `[m * C + c]`, NaN when the member
 * recused, left the candidate out or skipped a criterion (formats.md §5 step 5).
 */
export function memberTotals(exercise: Exercise, table: ScoreTable): Float64Array {
  const { candidateCount: C, criterionCount: K, scores, status } = table;
  const weights = Float64Array.from(exercise.criteria, (k) => k.weight);
  let weightSum = 0;
  for (let k = 0; k < K; k++) weightSum += weights[k];
  const totals = new Float64Array(table.members.length * C).fill(Number.NaN);
  for (let mc = 0; mc < totals.length; mc++) {
    if (status[mc] !== ENTRY_RATED) continue;
    const base = mc * K;
    let sum = 0;
    let k = 0;
    for (; k < K; k++) {
      const r = scores[base + k];
      if (r !== r) break; // NaN: criterion not rated
      sum += weights[k] * r;
    }
    if (k === K) totals[mc] = sum / weightSum;
  }
  return totals;
}
