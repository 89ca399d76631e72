/**
 * Score sheets (formats §3): the strict schema, the rules that need only the sheet, and the
 * check of a sheet against the exercise it claims to score (ids, scale points, panel).
 */
import { z } from 'zod';
import { FormatError } from '../errors';
import type { Exercise, HashString, ScoreSheet, UnsignedScoreSheet } from '../types';
import {
  hashSchema,
  identifierSchema,
  signatureSchema,
  textSchema,
  timestampSchema,
  wholeNumberSchema,
} from './common';
import { parseWithSchema, schemaError } from './issues';
import { describeScale, isScalePoint } from './scale';

/** Largest score sheet file accepted (§3), in bytes. */
export const SHEET_MAX_BYTES = 16 * 1024 * 1024;

const ratingSchema = z.strictObject({
  criterionId: identifierSchema,
  score: z.number(),
  evidence: textSchema.exactOptional(),
});

const sheetCandidateSchema = z.strictObject({
  candidateId: identifierSchema,
  recused: z.boolean(),
  recusalReason: textSchema.exactOptional(),
  ratings: z.array(ratingSchema),
  comment: textSchema.exactOptional(),
});

const unsignedShape = {
  format: z.literal('panelscore.scores', {
    error: 'must be "panelscore.scores" (this file is not a score sheet)',
  }),
  formatVersion: z.literal(1, {
    error: 'must be 1 (this version of Panelscore reads format version 1 only)',
  }),
  exerciseId: identifierSchema,
  exerciseHash: hashSchema,
  memberId: identifierSchema,
  revision: wholeNumberSchema(1),
  issuedAt: timestampSchema,
  candidates: z.array(sheetCandidateSchema),
};

const unsignedSheetSchema: z.ZodType<UnsignedScoreSheet> = z.strictObject(unsignedShape);
const sheetSchema: z.ZodType<ScoreSheet> = z.strictObject({ ...unsignedShape, signature: signatureSchema });

/** Checks a signed score sheet value against the rules of §3 that need no exercise; returns it typed. */
export function parseScoreSheet(value: unknown): ScoreSheet {
  const sheet = parseWithSchema(sheetSchema, value, 'scores');
  checkSheetRules(sheet);
  return sheet;
}

/** Like parseScoreSheet for a sheet before signing (no `signature` member allowed). */
export function parseUnsignedScoreSheet(value: unknown): UnsignedScoreSheet {
  const sheet = parseWithSchema(unsignedSheetSchema, value, 'scores');
  checkSheetRules(sheet);
  return sheet;
}

function checkSheetRules(sheet: UnsignedScoreSheet): void {
  const candidates = new Map<string, number>();
  sheet.candidates.forEach((entry, i) => {
    const here = `candidates[${i}]`;
    const other = candidates.get(entry.candidateId);
    if (other !== undefined) {
      throw schemaError(
        'scores',
        `${here}.candidateId ${JSON.stringify(entry.candidateId)} also appears at candidates[${other}]: a sheet has at most one entry per candidate`,
        ['candidates', i, 'candidateId'],
      );
    }
    candidates.set(entry.candidateId, i);
    if (entry.recused && entry.recusalReason === undefined) {
      throw schemaError(
        'scores',
        `${here} is recused but has no recusalReason: a recusal must give its reason`,
        ['candidates', i],
      );
    }
    if (entry.recused && entry.ratings.length > 0) {
      throw schemaError(
        'scores',
        `${here} is recused but has ${entry.ratings.length} rating(s): a recused entry must have an empty ratings list`,
        ['candidates', i, 'ratings'],
      );
    }
    if (!entry.recused && entry.recusalReason !== undefined) {
      throw schemaError(
        'scores',
        `${here} has a recusalReason but recused is false: only a recused entry gives a reason`,
        ['candidates', i, 'recusalReason'],
      );
    }
    const criteria = new Map<string, number>();
    entry.ratings.forEach((rating, j) => {
      const seen = criteria.get(rating.criterionId);
      if (seen !== undefined) {
        throw schemaError(
          'scores',
          `${here}.ratings[${j}].criterionId ${JSON.stringify(rating.criterionId)} also appears at ${here}.ratings[${seen}]: a candidate is rated at most once per criterion`,
          ['candidates', i, 'ratings', j, 'criterionId'],
        );
      }
      criteria.set(rating.criterionId, j);
    });
  });
}

/**
 * Throws FormatError unless the sheet belongs to `exercise` (§3, §3.2): same exerciseId (and
 * exerciseHash when given: code `mismatch`), a member on the panel, known candidate and criterion
 * ids, every score a scale point (code `schema`). The signature is checked elsewhere.
 */
export function checkSheetAgainstExercise(
  sheet: UnsignedScoreSheet,
  exercise: Exercise,
  exerciseHash?: HashString,
): void {
  if (sheet.exerciseId !== exercise.exerciseId) {
    throw new FormatError(
      'mismatch',
      `the score sheet is for exercise ${JSON.stringify(sheet.exerciseId)}, not ${JSON.stringify(exercise.exerciseId)}: it belongs to another exercise; merge it with that exercise's package`,
      'exerciseId',
    );
  }
  if (exerciseHash !== undefined && sheet.exerciseHash !== exerciseHash) {
    throw new FormatError(
      'mismatch',
      `the score sheet was made against another version of exercise ${JSON.stringify(exercise.exerciseId)} (exerciseHash ${short(sheet.exerciseHash)}, this package ${short(exerciseHash)}): ask the member to import the current package and re-export the sheet`,
      'exerciseHash',
    );
  }
  if (!exercise.panel.some((m) => m.id === sheet.memberId)) {
    throw schemaError(
      'scores',
      `memberId ${JSON.stringify(sheet.memberId)} is not on the panel of exercise ${JSON.stringify(exercise.exerciseId)}`,
      ['memberId'],
    );
  }
  const candidateIds = new Set(exercise.candidates.map((c) => c.id));
  const criterionIds = new Set(exercise.criteria.map((c) => c.id));
  sheet.candidates.forEach((entry, i) => {
    if (!candidateIds.has(entry.candidateId)) {
      throw schemaError(
        'scores',
        `candidates[${i}].candidateId ${JSON.stringify(entry.candidateId)} is not a candidate of exercise ${JSON.stringify(exercise.exerciseId)}`,
        ['candidates', i, 'candidateId'],
      );
    }
    entry.ratings.forEach((rating, j) => {
      const here = `candidates[${i}].ratings[${j}]`;
      if (!criterionIds.has(rating.criterionId)) {
        throw schemaError(
          'scores',
          `${here}.criterionId ${JSON.stringify(rating.criterionId)} is not a criterion of exercise ${JSON.stringify(exercise.exerciseId)}`,
          ['candidates', i, 'ratings', j, 'criterionId'],
        );
      }
      if (!isScalePoint(exercise.scale, rating.score)) {
        throw new FormatError(
          'schema',
          `${here}.score is ${rating.score}, which is not a point of the scale ${describeScale(exercise.scale)}: ask the member to correct the score and re-export`,
          `${here}.score`,
        );
      }
    });
  });
}

function short(hash: string): string {
  return `${hash.slice(0, 19)}…`;
}
