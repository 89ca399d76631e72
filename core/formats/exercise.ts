/**
 * exercise.json (formats §2.1): the strict schema plus the rules a schema cannot say (scale,
 * unique ids and paths, one chair, distinct pinned keys, signed by the secretariat key).
 */
import { z } from 'zod';
import { documentHash } from '../canonical';
import { fingerprint } from '../crypto/ed25519';
import { base64UrlDecode } from '../encoding';
import type { Exercise, HashString, UnsignedExercise } from '../types';
import {
  hashSchema,
  identifierSchema,
  isArchivePath,
  positiveNumberSchema,
  publicKeySchema,
  recordSchema,
  signatureSchema,
  textSchema,
  timestampSchema,
  unusableKeyProblem,
  wholeNumberSchema,
} from './common';
import { parseWithSchema, schemaError } from './issues';
import { checkScale, checkScaleKeys, scaleKeyValue } from './scale';

const scaleKeySchema = z.string().refine((k) => scaleKeyValue(k) !== null);
const scaleKeyed = recordSchema(scaleKeySchema, textSchema, 'is not a number written like 3, -1 or 2.5');

const scaleSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  step: z.number(),
  labels: scaleKeyed.exactOptional(),
});

const criterionSchema = z.strictObject({
  id: identifierSchema,
  name: textSchema,
  kind: z.enum(['core', 'functional', 'technical']),
  weight: positiveNumberSchema,
  description: textSchema.exactOptional(),
  indicators: z.array(textSchema).exactOptional(),
  anchors: scaleKeyed.exactOptional(),
  questions: z.array(textSchema).exactOptional(),
});

const documentSchema = z.strictObject({
  path: textSchema.refine(isArchivePath, {
    error:
      "must be a relative path inside the package: parts separated by '/', no backslash, no leading '/', no empty, '.' or '..' part",
  }),
  mediaType: textSchema,
  size: wholeNumberSchema(0),
  sha256: hashSchema,
});

const candidateSchema = z.strictObject({
  id: identifierSchema,
  name: textSchema,
  summary: textSchema.exactOptional(),
  fields: recordSchema(textSchema, textSchema, 'is longer than 20,000 characters').exactOptional(),
  documents: z.array(documentSchema).exactOptional(),
});

const panelMemberSchema = z.strictObject({
  id: identifierSchema,
  name: textSchema,
  affiliation: textSchema.exactOptional(),
  role: z.enum(['chair', 'member']),
  publicKey: publicKeySchema.exactOptional(),
});

const unsignedShape = {
  format: z.literal('panelscore.exercise', {
    error: 'must be "panelscore.exercise" (this file is not an exercise)',
  }),
  formatVersion: z.literal(1, {
    error: 'must be 1 (this version of Panelscore reads format version 1 only)',
  }),
  exerciseId: identifierSchema,
  title: textSchema,
  description: textSchema.exactOptional(),
  issuedAt: timestampSchema,
  secretariat: z.strictObject({ name: textSchema, publicKey: publicKeySchema }),
  scale: scaleSchema,
  divergenceThreshold: positiveNumberSchema.exactOptional(),
  criteria: z.array(criterionSchema).min(1).max(100),
  candidates: z.array(candidateSchema).min(1).max(10_000),
  panel: z.array(panelMemberSchema).min(1).max(1_000),
};

const unsignedExerciseSchema: z.ZodType<UnsignedExercise> = z.strictObject(unsignedShape);
const exerciseSchema: z.ZodType<Exercise> = z.strictObject({ ...unsignedShape, signature: signatureSchema });

/**
 * Checks a signed exercise.json value against every rule of §2.1 except the signature itself
 * and the document bytes; returns the same object, typed. Throws FormatError `schema`.
 */
export function parseExercise(value: unknown): Exercise {
  const exercise = parseWithSchema(exerciseSchema, value, 'exercise');
  checkExerciseRules(exercise);
  if (exercise.signature.publicKey !== exercise.secretariat.publicKey) {
    throw schemaError(
      'exercise',
      `the exercise is signed by key ${fingerprint(exercise.signature.publicKey)}, not by the secretariat's key ${fingerprint(exercise.secretariat.publicKey)} named in it`,
      ['signature', 'publicKey'],
    );
  }
  return exercise;
}

/** Like parseExercise for an exercise before signing (no `signature` member allowed). */
export function parseUnsignedExercise(value: unknown): UnsignedExercise {
  const exercise = parseWithSchema(unsignedExerciseSchema, value, 'exercise');
  checkExerciseRules(exercise);
  return exercise;
}

/** The exerciseHash of §2.1: the document hash of exercise.json, signature included. */
export function exerciseHash(ex: Exercise): HashString {
  return documentHash(ex);
}

function checkExerciseRules(ex: UnsignedExercise): void {
  checkScale(ex.scale);
  if (ex.scale.labels !== undefined) checkScaleKeys(ex.scale, ex.scale.labels, ['scale', 'labels']);

  checkUniqueIds(ex.criteria, 'criteria');
  ex.criteria.forEach((criterion, i) => {
    if (criterion.anchors !== undefined)
      checkScaleKeys(ex.scale, criterion.anchors, ['criteria', i, 'anchors']);
  });

  checkUniqueIds(ex.candidates, 'candidates');
  const paths = new Map<string, string>();
  ex.candidates.forEach((candidate, i) => {
    candidate.documents?.forEach((doc, j) => {
      const here = `candidates[${i}].documents[${j}]`;
      const other = paths.get(doc.path);
      if (other !== undefined) {
        throw schemaError(
          'exercise',
          `${here}.path ${JSON.stringify(doc.path)} is also the path of ${other}: every document needs its own path`,
          ['candidates', i, 'documents', j, 'path'],
        );
      }
      paths.set(doc.path, here);
    });
  });

  checkUniqueIds(ex.panel, 'panel');
  const chair = ex.panel.findIndex((m) => m.role === 'chair');
  const secondChair = ex.panel.findIndex((m, i) => m.role === 'chair' && i > chair);
  if (secondChair >= 0) {
    throw schemaError(
      'exercise',
      `panel[${secondChair}] is a second chair (panel[${chair}] is chair too): a panel has at most one chair`,
      ['panel', secondChair, 'role'],
    );
  }
  const pinned = new Map<string, number>();
  ex.panel.forEach((member, i) => {
    if (member.publicKey === undefined) return;
    const where = ['panel', i, 'publicKey'];
    if (member.publicKey === ex.secretariat.publicKey) {
      throw schemaError(
        'exercise',
        `panel[${i}].publicKey is the secretariat's own key (${fingerprint(member.publicKey)}): a member must have a key of their own`,
        where,
      );
    }
    const unusable = unusableKeyProblem(base64UrlDecode(member.publicKey));
    if (unusable !== null) {
      throw schemaError('exercise', `panel[${i}].publicKey cannot pin a member: ${unusable}`, where);
    }
    const other = pinned.get(member.publicKey);
    if (other !== undefined) {
      throw schemaError(
        'exercise',
        `panel[${i}].publicKey is the same key as panel[${other}].publicKey (${fingerprint(member.publicKey)}): each member must have a key of their own`,
        where,
      );
    }
    pinned.set(member.publicKey, i);
  });
}

function checkUniqueIds(items: readonly { id: string }[], list: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const other = seen.get(item.id);
    if (other !== undefined) {
      throw schemaError(
        'exercise',
        `${list}[${i}].id ${JSON.stringify(item.id)} is also the id of ${list}[${other}]: ids must be unique`,
        [list, i, 'id'],
      );
    }
    seen.set(item.id, i);
  });
}
