/**
 * Score sheets (formats §3): the strict schema, the rules that need only the sheet, and the
 * check of a sheet against the exercise it claims to score (ids, scale points, panel).
 */
import { z } from 'zod';
import { FormatError } from '../errors';
import type { Exercise, HashString, ScoreSheet, UnsignedScoreSheet } from '../types';
import {
  TEXT_MAX_CODE_POINTS,
  codePointLength,
  hashSchema,
  identifierSchema,
  isIdentifier,
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

// Fast path for large sheets: zod checks everything but the candidates list, which a hand-written
// check of the same schema and rules (never more lenient) does in one pass. When it finds anything
// wrong, the schema and checkSheetRules run, so the message is the same as without the fast path.
const listSchema = z.custom<unknown[]>((v) => Array.isArray(v));
const unsignedHeadSchema = z.strictObject({ ...unsignedShape, candidates: listSchema });
const headSchema = z.strictObject({ ...unsignedShape, candidates: listSchema, signature: signatureSchema });

/** Checks a signed score sheet value against the rules of §3 that need no exercise; returns it typed. */
export function parseScoreSheet(value: unknown): ScoreSheet {
  const checked = withFewUnknownMembers(value, SIGNED_MEMBERS);
  if (checked === value && passesFastCheck(headSchema, value)) return value as ScoreSheet;
  const sheet = parseWithSchema(sheetSchema, checked, 'scores');
  checkSheetRules(sheet);
  return sheet;
}

/** Like parseScoreSheet for a sheet before signing (no `signature` member allowed). */
export function parseUnsignedScoreSheet(value: unknown): UnsignedScoreSheet {
  const checked = withFewUnknownMembers(value, UNSIGNED_MEMBERS);
  if (checked === value && passesFastCheck(unsignedHeadSchema, value)) return value as UnsignedScoreSheet;
  const sheet = parseWithSchema(unsignedSheetSchema, checked, 'scores');
  checkSheetRules(sheet);
  return sheet;
}

/** parseScoreSheet by the zod schema alone (the reference the fast path must agree with; for tests). */
export function parseScoreSheetBySchema(value: unknown): ScoreSheet {
  const sheet = parseWithSchema(sheetSchema, value, 'scores');
  checkSheetRules(sheet);
  return sheet;
}

const UNSIGNED_MEMBERS = new Set(Object.keys(unsignedShape));
const SIGNED_MEMBERS = new Set([...UNSIGNED_MEMBERS, 'signature']);

/**
 * A hostile sheet can carry hundreds of thousands of unknown top-level members; zod would walk them
 * all only to report the first few. Keep the known members and the first few unknown ones: the
 * document is rejected either way, with the same message, in a fraction of the time.
 */
function withFewUnknownMembers(value: unknown, known: ReadonlySet<string>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const names = Object.keys(value);
  if (names.length <= known.size + 8) return value;
  const reduced: Record<string, unknown> = {};
  let unknown = 0;
  for (const name of names) {
    if (!known.has(name) && ++unknown > 8) continue;
    const member = (value as Record<string, unknown>)[name];
    Object.defineProperty(reduced, name, {
      value: member,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return reduced;
}

function passesFastCheck(head: z.ZodType, value: unknown): boolean {
  return head.safeParse(value).success && candidatesPass((value as { candidates: unknown[] }).candidates);
}

/**
 * sheetCandidateSchema, ratingSchema and checkSheetRules by hand: true only when zod would accept
 * every entry and checkSheetRules find nothing.
 */
function candidatesPass(list: unknown[]): boolean {
  const candidateIds = new Set<string>();
  // Every entry lists the same criterion ids, usually in the same order: test each id once, and
  // look for a repeated one only when an entry differs from those already known to be distinct.
  const tested: string[] = [];
  let distinct = 0; // tested[0, distinct) are pairwise different
  for (const entry of list) {
    if (!isRecord(entry)) return false;
    // for-in also sees inherited enumerable names, which makes this stricter than zod, never laxer.
    for (const name in entry) {
      if (name === 'candidateId' || name === 'recused' || name === 'ratings') continue;
      if ((name === 'recusalReason' || name === 'comment') && isText(entry[name])) continue;
      return false;
    }
    const { candidateId, recused, recusalReason, ratings } = entry;
    if (!isIdentifier(candidateId) || typeof recused !== 'boolean' || !Array.isArray(ratings)) return false;
    // checkSheetRules: one entry per candidate; a reason exactly when recused; no ratings then.
    if (candidateIds.has(candidateId) || (recused ? recusalReason === undefined || ratings.length > 0 : recusalReason !== undefined)) return false;
    candidateIds.add(candidateId);
    let known = true; // every criterionId equals tested[j]
    for (let j = 0; j < ratings.length; j++) {
      const rating: unknown = ratings[j];
      if (!isRecord(rating)) return false;
      for (const name in rating) {
        if (name === 'criterionId' || name === 'score') continue;
        if (name === 'evidence' && isText(rating.evidence)) continue;
        return false;
      }
      const { criterionId, score } = rating;
      if (criterionId !== tested[j] || j >= tested.length) {
        if (!isIdentifier(criterionId)) return false;
        tested[j] = criterionId;
        known = false;
      }
      if (typeof score !== 'number' || !Number.isFinite(score)) return false;
    }
    if (!known || ratings.length > distinct) {
      if (firstRepeat(ratings as { criterionId: string }[]) !== null) return false;
      distinct = ratings.length; // tested[0, length) now holds exactly these ids
    }
  }
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** textSchema's rule (keep the two in step: tests/core/formats-sheet-fast-path.test.ts compares them). */
function isText(v: unknown): boolean {
  return (
    typeof v === 'string' && (v.length <= TEXT_MAX_CODE_POINTS || codePointLength(v) <= TEXT_MAX_CODE_POINTS)
  );
}

function checkSheetRules(sheet: UnsignedScoreSheet): void {
  const candidates = new Map<string, number>();
  sheet.candidates.forEach((entry, i) => {
    const other = candidates.get(entry.candidateId);
    if (other !== undefined) {
      throw schemaError(
        'scores',
        `candidates[${i}].candidateId ${JSON.stringify(entry.candidateId)} also appears at candidates[${other}]: a sheet has at most one entry per candidate`,
        ['candidates', i, 'candidateId'],
      );
    }
    candidates.set(entry.candidateId, i);
    if (entry.recused && entry.recusalReason === undefined) {
      throw schemaError(
        'scores',
        `candidates[${i}] is recused but has no recusalReason: a recusal must give its reason`,
        ['candidates', i],
      );
    }
    if (entry.recused && entry.ratings.length > 0) {
      throw schemaError(
        'scores',
        `candidates[${i}] is recused but has ${entry.ratings.length} rating(s): a recused entry must have an empty ratings list`,
        ['candidates', i, 'ratings'],
      );
    }
    if (!entry.recused && entry.recusalReason !== undefined) {
      throw schemaError(
        'scores',
        `candidates[${i}] has a recusalReason but recused is false: only a recused entry gives a reason`,
        ['candidates', i, 'recusalReason'],
      );
    }
    const repeat = firstRepeat(entry.ratings);
    if (repeat !== null) {
      const [seen, j] = repeat;
      throw schemaError(
        'scores',
        `candidates[${i}].ratings[${j}].criterionId ${JSON.stringify(entry.ratings[j].criterionId)} also appears at candidates[${i}].ratings[${seen}]: a candidate is rated at most once per criterion`,
        ['candidates', i, 'ratings', j, 'criterionId'],
      );
    }
  });
}

/** The first rating [earlier, later] that repeats an earlier criterionId, or null. */
function firstRepeat(ratings: readonly { criterionId: string }[]): [number, number] | null {
  if (ratings.length <= 16) {
    // A handful of criteria: comparing pairs is cheaper than hashing every id.
    for (let j = 1; j < ratings.length; j++) {
      for (let seen = 0; seen < j; seen++)
        if (ratings[seen].criterionId === ratings[j].criterionId) return [seen, j];
    }
    return null;
  }
  const criteria = new Map<string, number>();
  for (let j = 0; j < ratings.length; j++) {
    const seen = criteria.get(ratings[j].criterionId);
    if (seen !== undefined) return [seen, j];
    criteria.set(ratings[j].criterionId, j);
  }
  return null;
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
  // Sheets usually list the criteria in the exercise's order: compare with that before hashing.
  const isCriterion = (id: string, j: number): boolean =>
    exercise.criteria[j]?.id === id || criterionIds.has(id);
  const scalePoint = new Map<number, boolean>(); // a sheet uses few distinct scores: test each once
  const isPoint = (score: number): boolean => {
    let known = scalePoint.get(score);
    if (known === undefined) scalePoint.set(score, (known = isScalePoint(exercise.scale, score)));
    return known;
  };
  sheet.candidates.forEach((entry, i) => {
    if (!candidateIds.has(entry.candidateId)) {
      throw schemaError(
        'scores',
        `candidates[${i}].candidateId ${JSON.stringify(entry.candidateId)} is not a candidate of exercise ${JSON.stringify(exercise.exerciseId)}`,
        ['candidates', i, 'candidateId'],
      );
    }
    entry.ratings.forEach((rating, j) => {
      if (!isCriterion(rating.criterionId, j)) {
        throw schemaError(
          'scores',
          `candidates[${i}].ratings[${j}].criterionId ${JSON.stringify(rating.criterionId)} is not a criterion of exercise ${JSON.stringify(exercise.exerciseId)}`,
          ['candidates', i, 'ratings', j, 'criterionId'],
        );
      }
      if (!isPoint(rating.score)) {
        throw new FormatError(
          'schema',
          `candidates[${i}].ratings[${j}].score is ${rating.score}, which is not a point of the scale ${describeScale(exercise.scale)}: ask the member to correct the score and re-export`,
          `candidates[${i}].ratings[${j}].score`,
        );
      }
    });
  });
}

function short(hash: string): string {
  return `${hash.slice(0, 19)}…`;
}
