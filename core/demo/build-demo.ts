/**
 * Builds the whole demo exercise — signed package, CV PDFs and signed sample sheets — from
 * fixed content and DEMO ONLY keys, so every run gives the same bytes (fast enough for the UI).
 */
import { documentHash } from '../canonical';
import { memorySigner } from '../crypto/ed25519';
import { signDocument } from '../crypto/signed-doc';
import { utf8Encode } from '../encoding';
import { writePackage } from '../package/package';
import type { Exercise, HashString } from '../types';
import { completeExerciseSource } from './complete-source';
import { demoDocuments, demoExerciseSource } from './exercise-source';
import type { ExerciseSource } from './exercise-source';
import { demoKeys } from './keys';
import type { DemoKeys } from './keys';
import { DEMO_EXERCISE_ID, DEMO_ISSUED_AT } from './panel';
import { demoUnsignedSheets } from './sample-scores';

/** One signed sample score sheet of the demo, as the file a member would send. */
export interface DemoSheet {
  memberId: string;
  revision: number;
  /** e.g. `m-kenya.r2.scores.json`. */
  fileName: string;
  bytes: Uint8Array;
}

export interface Demo {
  /** The signed `.panelpkg`; suggested file name in `packageFileName`. */
  packageBytes: Uint8Array;
  packageFileName: string;
  exercise: Exercise;
  exerciseHash: HashString;
  /** The unsigned source and its documents, as `panelscore pack` takes them. */
  source: ExerciseSource;
  documents: Map<string, Uint8Array>;
  sheets: DemoSheet[];
  /** DEMO ONLY keys: published seeds, never for a real exercise. */
  keys: DemoKeys;
}

/** Builds the demo exercise package and its signed sample sheets (deterministic, DEMO ONLY keys). */
export async function buildDemo(): Promise<Demo> {
  const keys = demoKeys();
  const source = demoExerciseSource();
  const documents = await demoDocuments();
  const unsigned = completeExerciseSource(source, { secretariatPublicKey: keys.secretariat.publicKey, issuedAt: DEMO_ISSUED_AT, documents });
  const { bytes: packageBytes, exercise } = await writePackage(unsigned, documents, memorySigner(keys.secretariat.secretKey));
  const exerciseHash = documentHash(exercise);
  const memberKeys = new Map(keys.members.map((k) => [k.memberId, k.secretKey]));
  const sheets = await Promise.all(
    demoUnsignedSheets(exerciseHash).map(async (sheet): Promise<DemoSheet> => {
      const secretKey = memberKeys.get(sheet.memberId);
      if (secretKey === undefined) throw new Error(`demo sheet for ${sheet.memberId}, who is not on the demo panel`);
      const signed = await signDocument(sheet, memorySigner(secretKey));
      return {
        memberId: sheet.memberId,
        revision: sheet.revision,
        fileName: `${sheet.memberId}.r${sheet.revision}.scores.json`,
        bytes: utf8Encode(`${JSON.stringify(signed, null, 2)}\n`),
      };
    }),
  );
  return { packageBytes, packageFileName: `${DEMO_EXERCISE_ID}.panelpkg`, exercise, exerciseHash, source, documents, sheets, keys };
}
