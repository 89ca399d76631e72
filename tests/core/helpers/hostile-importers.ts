/**
 * The importers the hostile-input tests attack, as a person meets them, and what a rejection must
 * look like: a FormatError (never another exception) whose message says what to do, in a few lines.
 */
import { expect } from 'vitest';
import { documentHash, hashString } from '../../../core/canonical';
import { utf8Encode } from '../../../core/encoding';
import { checkSheetAgainstExercise } from '../../../core/formats/sheet';
import { checkTrustAgainstExercise } from '../../../core/formats/trust';
import { readDocumentOf } from '../../../core/formats/detect';
import { verifyDocumentSignature } from '../../../core/crypto/signed-doc';
import { verifyDecision } from '../../../core/decision';
import { FormatError, isFormatError } from '../../../core/errors';
import { readPackage } from '../../../core/package/package';
import type { Exercise, HashString, JsonObject } from '../../../core/types';
import type { Importer } from './hostile-corpus/corpus-kit';

/** The package every document is imported against (the demo's). */
export interface ImportContext {
  exercise: Exercise;
  exerciseHash: HashString;
}

/**
 * Imports `bytes` the way the app and `panelscore verify --package` do, and returns what was
 * accepted as one hash (so that two files mean the same when they return the same hash):
 * - package: readPackage (archive, signature, documents): the exerciseHash and every document's hash;
 * - scores: readDocument, the signature, then the sheet against the exercise (ids, scale, hash);
 * - trust: readDocument, then the trust file against the exercise (panel, pinned keys);
 * - decision: readDocument, then verifyDecision against the exercise (secretariat key, id, hash, outcome).
 * Whether a sheet's key fits the member's pin is the merge's job: see mergeSheets.
 */
export async function importAs(importer: Importer, bytes: Uint8Array, context: ImportContext): Promise<HashString> {
  switch (importer) {
    case 'package': {
      const pkg = await readPackage(bytes);
      const documents = [...pkg.documents].map(([path, content]) => `${path}=${hashString(content)}`).sort();
      return hashString(utf8Encode([pkg.exerciseHash, ...documents].join('\n')));
    }
    case 'scores': {
      const sheet = readDocumentOf(bytes, 'scores');
      verifyDocumentSignature(sheet as unknown as JsonObject);
      checkSheetAgainstExercise(sheet, context.exercise, context.exerciseHash);
      return documentHash(sheet);
    }
    case 'trust': {
      const trust = readDocumentOf(bytes, 'trust');
      checkTrustAgainstExercise(trust, context.exercise);
      return documentHash(trust);
    }
    case 'decision':
      return documentHash(verifyDecision(readDocumentOf(bytes, 'decision') as unknown as JsonObject, context.exercise));
  }
}

/** What an import came to: accepted, or the exception it threw, and how long it took. */
export interface Outcome {
  /** What `work` returned, when it did. */
  value: unknown;
  error: unknown;
  accepted: boolean;
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds this process spent meanwhile (the machine is shared: wall time also counts other people's work). */
  cpuMs: number;
}

/** Runs `work` and reports its outcome and duration (never throws). */
export async function timed(work: () => unknown): Promise<Outcome> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const done = (value: unknown, error: unknown, accepted: boolean): Outcome => {
    const used = process.cpuUsage(cpu);
    return { value, error, accepted, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  };
  try {
    return done(await work(), undefined, true);
  } catch (error) {
    return done(undefined, error, false);
  }
}

/**
 * The rule for "a reason a person can act on": the message names an action — ask someone, export
 * or issue again, check, correct, save, pick, open, import, use, contact, confirm, get a fresh copy,
 * merge it elsewhere — or tells the person not to trust or rely on the file.
 */
export const ACTIONABLE =
  /\b(ask|re-?export|export (it|their sheet|a new revision) again|issue (it|the package) again|check|correct|save|pick|open|import|use|contact|confirm|fresh copy|merge it|do not (trust|rely))\b/i;

/** Longest message a person is shown (a reason must be readable, and fit in a decision record). */
export const MAX_MESSAGE_LENGTH = 2000;

/**
 * Each importer must answer a hostile file within this many milliseconds of CPU time. On this shared
 * machine wall time also counts other processes' work, so it is held only to WALL_LIMIT_MS (a hang).
 */
export const TIME_LIMIT_MS = 2000;
export const WALL_LIMIT_MS = 10_000;

/** Asserts that `error` is a FormatError (never a TypeError, RangeError…) with an actionable, readable message. */
export function expectActionableFormatError(error: unknown): FormatError {
  if (!isFormatError(error)) {
    throw new Error(`expected a FormatError, got ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`);
  }
  expect(error).toBeInstanceOf(FormatError);
  expectActionable(error.message);
  return error;
}

/** Asserts that a message for a person names an action and stays readable in length. */
export function expectActionable(message: string): void {
  expect(message.length, `message of ${message.length} characters: ${message.slice(0, 300)}…`).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  expect(message).toMatch(ACTIONABLE);
}
