// What the secretariat exports from a merge: the draft decision record (canonical JSON, the
// bytes `panelscore merge` writes) and every merge input in one ZIP that anyone can re-check.
// One ZIP rather than a folder: a browser can only save single files, and one file travels whole.

import { zipSync } from 'fflate';
import { canonical } from '../../../../core/canonical';
import { utf8Encode } from '../../../../core/encoding';
import { writeZip } from '../../../../core/package/zip-writer';
import type { DecisionRecord, Exercise } from '../../../../core/types';

/** The exercise document's name inside a package (formats §2); not imported from core/package/package, which the app loads lazily. */
const EXERCISE_ENTRY = 'exercise.json';

/** The draft decision record as `panelscore merge --out` writes it: canonical JSON, no signature. */
export function decisionBytes(decision: DecisionRecord): Uint8Array {
  return canonical(decision);
}

/** Rebuilds the exercise package from the verified exercise and its documents (same exercise hash). */
export function packageBytes(exercise: Exercise, documents: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const paths = exercise.candidates.flatMap((c) => (c.documents ?? []).map((d) => d.path));
  return writeZip([
    { name: EXERCISE_ENTRY, content: canonical(exercise) },
    ...paths.map((path) => {
      const content = documents.get(path);
      if (content === undefined) throw new Error(`The document ${path} of this exercise is no longer stored on this computer: import the package again, then export.`);
      return { name: path, content };
    }),
  ]);
}

/** A file name safe in a ZIP and on every file system, unique among `taken`. */
function safeName(name: string, fileHash: string, taken: Set<string>): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[._]+/, '') || 'sheet';
  const unique = taken.has(cleaned) ? `${fileHash.slice(7, 19)}-${cleaned}` : cleaned;
  taken.add(unique);
  return unique;
}

export interface MergeInputs {
  exercise: Exercise;
  documents: ReadonlyMap<string, Uint8Array>;
  sheets: readonly { fileName: string; fileHash: string; bytes: Uint8Array }[];
  trust: Uint8Array | undefined;
  decision: DecisionRecord;
}

/** The names of the files in the merge-inputs ZIP, for the README and the command in it. */
export function mergeInputNames(exerciseId: string) {
  return {
    folder: `${exerciseId}-merge`,
    package: `${exerciseId}.panelpkg`,
    trust: `${exerciseId}.trust.json`,
    decision: `${exerciseId}.decision.json`,
  };
}

/** The command that re-runs the merge inside the unpacked folder. */
export function recheckCommand(exerciseId: string, withTrust: boolean): string {
  const names = mergeInputNames(exerciseId);
  const trust = withTrust ? ` --trust ${names.trust}` : '';
  return `panelscore merge ${names.package} sheets/*${trust} --out recheck.decision.json && cmp recheck.decision.json ${names.decision}`;
}

/** The merge inputs as one ZIP: package, every collected file, the trust file, the draft decision, a README. */
export function mergeInputsZip(inputs: MergeInputs): Uint8Array {
  const { exercise, trust } = inputs;
  const names = mergeInputNames(exercise.exerciseId);
  const taken = new Set<string>();
  const tree: Record<string, Uint8Array> = {
    [`${names.folder}/README.txt`]: utf8Encode(
      [
        `Merge inputs of the exercise "${exercise.title}" (${exercise.exerciseId}), exported by Panelscore.`,
        `To re-check the draft decision record, run in this folder: ${recheckCommand(exercise.exerciseId, trust !== undefined)}`,
        'No output from cmp means the merge gives the very same bytes.',
        '',
      ].join('\n'),
    ),
    [`${names.folder}/${names.package}`]: packageBytes(exercise, inputs.documents),
    [`${names.folder}/${names.decision}`]: decisionBytes(inputs.decision),
  };
  if (trust !== undefined) tree[`${names.folder}/${names.trust}`] = trust;
  for (const sheet of inputs.sheets) tree[`${names.folder}/sheets/${safeName(sheet.fileName, sheet.fileHash, taken)}`] = sheet.bytes;
  // Fixed timestamps: the same inputs give the same ZIP.
  return zipSync(tree, { level: 6, mtime: new Date('1980-01-01T00:00:00Z') });
}
