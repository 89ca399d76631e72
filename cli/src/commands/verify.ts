/**
 * `panelscore verify FILE…`: checks each file (package, exercise, score sheet, trust file or
 * decision record) with core's readers and signature checks; one OK/FAIL line per file.
 */
import { fingerprint } from '../../../core/crypto/ed25519';
import { verifyDocumentSignature } from '../../../core/crypto/signed-doc';
import { verifyDecision } from '../../../core/decision';
import { readDocument } from '../../../core/formats/detect';
import { checkTrustAgainstExercise } from '../../../core/formats/trust';
import { mergeSheets } from '../../../core/merge/merge';
import { readPackage } from '../../../core/package/package';
import type { VerifiedPackage } from '../../../core/package/package';
import type { DecisionRecord, JsonObject, ScoreSheet } from '../../../core/types';
import { describeError, readInputFile } from '../files';
import { CliError, EXIT_FAILURE, EXIT_OK, UsageError, parseCommandLine } from '../usage';
import type { Command } from '../usage';

interface Context {
  pkg: VerifiedPackage | undefined;
  trust: Uint8Array | undefined;
}

/** True for bytes that start like a ZIP archive, i.e. an exercise package. */
export function looksLikePackage(name: string, bytes: Uint8Array): boolean {
  return name.toLowerCase().endsWith('.panelpkg') || (bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b);
}

/** One line of details about a verified package. */
export function describePackage(pkg: VerifiedPackage): string {
  const ex = pkg.exercise;
  const pinned = ex.panel.filter((m) => m.publicKey !== undefined).length;
  return [
    `package ${ex.exerciseId} "${ex.title}"`,
    `${ex.candidates.length} candidates, ${ex.criteria.length} criteria, ${ex.panel.length} panel members (${pinned} pinned), ${pkg.documents.size} documents`,
    `secretariat key ${fingerprint(ex.secretariat.publicKey)}`,
    `exerciseHash ${pkg.exerciseHash}`,
  ].join('; ');
}

function describeSheet(bytes: Uint8Array, sheet: ScoreSheet, context: Context): string {
  const { publicKey } = verifyDocumentSignature(sheet as unknown as JsonObject);
  const base = `scores ${sheet.exerciseId} member ${sheet.memberId} revision ${sheet.revision}, ${sheet.candidates.length} candidates; signed by key ${fingerprint(publicKey)}`;
  if (context.pkg === undefined) return `${base} (signature only: add --package to check it against the exercise and the pinned key)`;
  const merged = mergeSheets({ pkg: context.pkg, sheets: [bytes], ...(context.trust === undefined ? {} : { trust: context.trust }) });
  const rejection = merged.rejected[0];
  if (rejection !== undefined) throw new CliError(rejection.reason);
  const input = merged.inputs[0];
  return input.pinned ? `${base}; accepted, key pinned` : `${base}; accepted UNPINNED: confirm fingerprint ${input.fingerprint} with ${sheet.memberId}`;
}

function describeDecision(record: DecisionRecord, context: Context): string {
  const base = `decision ${record.exerciseId}, ${record.inputs.length} sheets, outcome ${record.outcome === null ? 'not yet recorded' : 'recorded'}`;
  if (context.pkg !== undefined) {
    verifyDecision(record as unknown as JsonObject, context.pkg.exercise);
    return `${base}; signed by the secretariat of the package, key ${fingerprint(context.pkg.exercise.secretariat.publicKey)}`;
  }
  if (record.signature === undefined) return `${base}; unsigned`;
  const { publicKey } = verifyDocumentSignature(record as unknown as JsonObject);
  return `${base}; signed by key ${fingerprint(publicKey)} (add --package to check it is the secretariat's)`;
}

async function verifyFile(path: string, bytes: Uint8Array, context: Context): Promise<string> {
  if (looksLikePackage(path, bytes)) return describePackage(await readPackage(bytes));
  const read = readDocument(bytes);
  switch (read.kind) {
    case 'exercise': {
      verifyDocumentSignature(read.doc as unknown as JsonObject);
      return `exercise ${read.doc.exerciseId} "${read.doc.title}" (exercise.json alone: documents not checked); secretariat key ${fingerprint(read.doc.secretariat.publicKey)}`;
    }
    case 'scores':
      return describeSheet(bytes, read.doc, context);
    case 'trust':
      if (context.pkg !== undefined) checkTrustAgainstExercise(read.doc, context.pkg.exercise);
      return `trust ${read.doc.exerciseId}, ${read.doc.members.length} confirmed member keys (trust files are not signed)`;
    case 'decision':
      return describeDecision(read.doc, context);
  }
}

export const verifyCommand: Command = {
  name: 'verify',
  usage: 'panelscore verify FILE… [--package PACKAGE] [--trust FILE]',
  help: [
    'Checks each FILE and prints one line per file: "OK   FILE  <kind> <details>" or "FAIL FILE  <reason>".',
    'A .panelpkg package is checked in full (archive rules, signature, secretariat key, document hashes).',
    'A score sheet, exercise.json or decision record is checked for structure and signature; a trust',
    'file (never signed) for structure.',
    '',
    'With --package, score sheets are also checked as the merge would accept them (exercise hash,',
    'ids, scale, pinned key, using --trust too), decision records against the package\'s',
    'secretariat key, and trust files against the panel.',
    '',
    'Exit status: 0 when every file is valid, 1 when any is not, 2 on a usage error.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, ['package', 'trust']);
    if (positionals.length === 0) throw new UsageError('missing FILE');
    if (values.trust !== undefined && values.package === undefined) throw new UsageError('--trust needs --package');
    const context: Context = { pkg: undefined, trust: undefined };
    if (values.package !== undefined) {
      try {
        context.pkg = await readPackage(await readInputFile(values.package));
      } catch (e) {
        throw new CliError(`the package ${values.package} cannot be used: ${describeError(e)}`);
      }
    }
    if (values.trust !== undefined) context.trust = await readInputFile(values.trust);
    let failures = 0;
    for (const path of positionals) {
      try {
        const details = await verifyFile(path, await readInputFile(path), context);
        io.stdout(`OK   ${path}  ${details}\n`);
      } catch (e) {
        failures += 1;
        io.stdout(`FAIL ${path}  ${describeError(e)}\n`);
      }
    }
    return failures === 0 ? EXIT_OK : EXIT_FAILURE;
  },
};
