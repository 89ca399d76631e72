/**
 * Reads any Panelscore JSON document from its bytes: strict JSON first, then the schema chosen
 * by its `format` member. Exercise packages (ZIP) are read by core/package instead.
 */
import { FormatError, isFormatError } from '../errors';
import { parseStrictJson } from '../json/strict-json';
import type { DecisionRecord, Exercise, JsonObject, ScoreSheet, TrustFile } from '../types';
import { parseDecision } from './decision';
import { parseExercise } from './exercise';
import { SHEET_MAX_BYTES, parseScoreSheet } from './sheet';
import { parseTrustFile } from './trust';

export { SHEET_MAX_BYTES };

/** The document type of each kind. */
export interface DocumentKinds {
  exercise: Exercise;
  scores: ScoreSheet;
  trust: TrustFile;
  decision: DecisionRecord;
}

/** A parsed document with its kind; `doc` is the very object the JSON parser produced. */
export type PanelscoreDocument = {
  [K in keyof DocumentKinds]: { kind: K; doc: DocumentKinds[K] };
}[keyof DocumentKinds];

/** The `format` member of each document kind. */
export const FORMAT_NAMES = {
  exercise: 'panelscore.exercise',
  scores: 'panelscore.scores',
  trust: 'panelscore.trust',
  decision: 'panelscore.decision',
} as const;

const JSON_ADVICE = 'ask the sender for a fresh copy exported from Panelscore';

const KIND_NAMES: Record<PanelscoreDocument['kind'], string> = {
  exercise: 'an exercise (exercise.json)',
  scores: 'a score sheet',
  trust: 'a trust file',
  decision: 'a decision record',
};

/**
 * Parses a Panelscore JSON document of any kind: at most 16 MiB (FormatError `size`), strict
 * JSON (`json`), a known `format` (`format`), then that kind's rules (`schema`).
 */
export function readDocument(bytes: Uint8Array): PanelscoreDocument {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new FormatError(
      'format',
      'this file is a ZIP archive, not a JSON document: if it is an exercise package (.panelpkg), import it as a package',
    );
  }
  if (bytes.length > SHEET_MAX_BYTES) {
    throw new FormatError(
      'size',
      `the file is ${(bytes.length / (1024 * 1024)).toFixed(1)} MiB, more than the 16 MiB a Panelscore document may have: it is not a score sheet or was damaged; ask the sender for the right file`,
    );
  }
  const json = parseJsonDocument(bytes);
  const format = Object.prototype.hasOwnProperty.call(json, 'format') ? json.format : undefined;
  switch (format) {
    case FORMAT_NAMES.exercise:
      return { kind: 'exercise', doc: parseExercise(json) };
    case FORMAT_NAMES.scores:
      return { kind: 'scores', doc: parseScoreSheet(json) };
    case FORMAT_NAMES.trust:
      return { kind: 'trust', doc: parseTrustFile(json) };
    case FORMAT_NAMES.decision:
      return { kind: 'decision', doc: parseDecision(json) };
    case undefined:
      throw new FormatError(
        'format',
        'this JSON file is not a Panelscore document: it has no "format" member; check that you picked the right file',
        'format',
      );
    default:
      throw new FormatError(
        'format',
        `this JSON file is not a Panelscore document: its "format" is ${JSON.stringify(format).slice(0, 60)}, not one of ${Object.values(
          FORMAT_NAMES,
        )
          .map((f) => `"${f}"`)
          .join(', ')}; check that you picked the right file`,
        'format',
      );
  }
}

/** parseStrictJson, with what to do added to its errors (they say only what is wrong with the text). */
function parseJsonDocument(bytes: Uint8Array): JsonObject {
  try {
    return parseStrictJson(bytes);
  } catch (e) {
    if (isFormatError(e) && e.code === 'json') throw new FormatError('json', `${e.message}; ${JSON_ADVICE}`, e.path);
    throw e;
  }
}

/** Reads a document that must be of `kind`; another kind is a FormatError `format` naming what it is instead. */
export function readDocumentOf<K extends keyof DocumentKinds>(bytes: Uint8Array, kind: K): DocumentKinds[K] {
  const read = readDocument(bytes);
  if (read.kind !== kind) {
    throw new FormatError(
      'format',
      `this file is ${KIND_NAMES[read.kind]}, not ${KIND_NAMES[kind]}: check that you picked the right file`,
      'format',
    );
  }
  return read.doc as DocumentKinds[K];
}
