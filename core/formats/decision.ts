/**
 * Decision records (formats §6). Unlike the other documents they are lenient: a writer may add
 * members at any level and readers ignore them, but every member §6 names is required and typed.
 */
import { z } from 'zod';
import type { DecisionRecord } from '../types';
import {
  hashSchema,
  identifierSchema,
  isHashString,
  isIdentifier,
  isWholeNumber,
  publicKeySchema,
  base64UrlBytesSchema,
  recordSchema,
  textSchema,
  timestampSchema,
  wholeNumberSchema,
} from './common';
import { parseWithSchema } from './issues';

/** A key fingerprint as §1.2 writes it: `3f2a 91c0 77de 0b12`. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/;

const numberOrNull = z.number({ error: 'must be a number or null' }).nullable();
const hashOrNull = z
  .string({ error: 'must be a hash or null' })
  .refine(isHashString, { error: 'must be a hash ("sha256:" followed by 64 lowercase hex digits) or null' })
  .nullable();
const identifierOrNull = z
  .string({ error: 'must be an identifier or null' })
  .refine(isIdentifier, { error: 'must be an identifier or null' })
  .nullable();
const rankOrNull = z
  .number({ error: 'must be a whole number of at least 1 or null' })
  .refine((x) => isWholeNumber(x) && x >= 1, { error: 'must be a whole number of at least 1 or null' })
  .nullable();

const inputSchema = z.looseObject({
  memberId: identifierSchema,
  revision: wholeNumberSchema(1),
  sheetHash: hashSchema,
  fingerprint: z.string().refine((s) => FINGERPRINT_PATTERN.test(s), {
    error: 'must be a key fingerprint: four groups of four lowercase hex digits, like "3f2a 91c0 77de 0b12"',
  }),
  pinned: z.boolean(),
});

const rejectionSchema = z.looseObject({
  fileHash: hashSchema,
  sheetHash: hashOrNull,
  memberId: identifierOrNull,
  reason: textSchema,
});

const criterionSummarySchema = z.looseObject({
  mean: numberOrNull,
  min: numberOrNull,
  max: numberOrNull,
  n: wholeNumberSchema(0),
});

const candidateSchema = z.looseObject({
  candidateId: identifierSchema,
  panelScore: numberOrNull,
  rank: rankOrNull,
  memberTotals: recordSchema(identifierSchema, numberOrNull, 'is not a member id'),
  recused: z.array(identifierSchema),
  incomplete: z.array(identifierSchema),
  criteria: recordSchema(identifierSchema, criterionSummarySchema, 'is not a criterion id'),
});

const divergenceSchema = z.looseObject({
  candidateId: identifierSchema,
  criterionId: identifierSchema,
  min: z.number(),
  max: z.number(),
});

const reliabilitySchema = z.looseObject({
  icc21: numberOrNull,
  icc2k: numberOrNull,
  kendallW: numberOrNull,
  krippendorffAlpha: numberOrNull,
});

const outcomeSchema = z.looseObject({
  selected: z.array(identifierSchema),
  decidedAt: timestampSchema,
  rationale: textSchema,
  consensus: z.array(
    z.looseObject({
      candidateId: identifierSchema,
      criterionId: identifierSchema,
      score: z.number(),
      justification: textSchema,
    }),
  ),
  concurrences: z.array(
    z.looseObject({ memberId: identifierSchema, agrees: z.boolean(), note: textSchema.exactOptional() }),
  ),
});

// Loose like the rest of the record: members added inside the signature are ignored, not refused.
const signatureSchema = z.looseObject({
  alg: z.literal('Ed25519'),
  publicKey: publicKeySchema,
  value: base64UrlBytesSchema(64, 'an Ed25519 signature value'),
});

const decisionSchema: z.ZodType<DecisionRecord> = z.looseObject({
  format: z.literal('panelscore.decision', {
    error: 'must be "panelscore.decision" (this file is not a decision record)',
  }),
  formatVersion: z.literal(1, {
    error: 'must be 1 (this version of Panelscore reads format version 1 only)',
  }),
  exerciseId: identifierSchema,
  exerciseHash: hashSchema,
  inputs: z.array(inputSchema),
  rejected: z.array(rejectionSchema),
  candidates: z.array(candidateSchema),
  divergences: z.array(divergenceSchema),
  reliability: reliabilitySchema,
  outcome: outcomeSchema.nullable(),
  signature: signatureSchema.exactOptional(),
});

/**
 * Checks a decision record value: every member §6 names is present with its type, members it
 * does not name are allowed at any level and kept. Returns the same object (so its hash and
 * signature still match). Consensus scores against the scale: see core/decision.ts.
 */
export function parseDecision(value: unknown): DecisionRecord {
  return parseWithSchema(decisionSchema, value, 'decision');
}
