/**
 * `panelscore pack SOURCE.json --key KEYFILE --out FILE.panelpkg`: signs an authored exercise
 * source into a package; the rules (key, issuedAt, document hashes) are core's completeExerciseSource.
 */
import { dirname, join } from 'node:path';
import { fingerprint } from '../../../core/crypto/ed25519';
import { completeExerciseSource } from '../../../core/demo/complete-source';
import { isArchivePath } from '../../../core/formats/common';
import { parseStrictJson } from '../../../core/json/strict-json';
import { writePackage } from '../../../core/package/package';
import type { JsonObject, JsonValue } from '../../../core/types';
import { describeError, readInputFile, writeOutputFile } from '../files';
import { signerFromKeyFile } from '../key-file';
import { CliError, EXIT_OK, UsageError, parseCommandLine, requireOption } from '../usage';
import type { Command } from '../usage';

/** The current time as a formats timestamp, to the second. */
export function nowTimestamp(now = new Date()): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}

/** Every document path the source lists (checked against the archive's name rules before any is read). */
function listedPaths(source: JsonObject): string[] {
  const paths: string[] = [];
  const candidates: JsonValue | undefined = source.candidates;
  if (!Array.isArray(candidates)) return paths;
  for (const candidate of candidates) {
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate) || !Array.isArray(candidate.documents)) continue;
    for (const doc of candidate.documents) {
      if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || typeof doc.path !== 'string') continue;
      if (!isArchivePath(doc.path)) {
        throw new CliError(`the source lists the document path ${JSON.stringify(doc.path)}, which a package cannot hold: use a relative path with "/" separators, such as documents/cand-01/cv.pdf`);
      }
      paths.push(doc.path);
    }
  }
  return paths;
}

async function readDocuments(dir: string, paths: readonly string[]): Promise<Map<string, Uint8Array>> {
  const documents = new Map<string, Uint8Array>();
  for (const path of paths) documents.set(path, await readInputFile(join(dir, ...path.split('/'))));
  return documents;
}

export const packCommand: Command = {
  name: 'pack',
  usage: 'panelscore pack SOURCE.json --key KEYFILE --out FILE.panelpkg [--documents DIR]',
  help: [
    'Signs an exercise source (exercise.json without its signature, as authored) into a package.',
    '',
    '  --key KEYFILE    the secretariat key (PEM from `panelscore keygen`)',
    '  --out FILE       the package to write (.panelpkg)',
    '  --documents DIR  where the listed documents are; each "path" is relative to DIR',
    '                   (default: the folder of SOURCE.json)',
    '',
    'The source is read as strict JSON. pack fills in secretariat.publicKey from --key (a key already',
    'in the source must be that key), issuedAt with the current time to the second when the source has',
    'none (keep issuedAt in the source for a reproducible package), and each document\'s size and sha256',
    'from the file (values already in the source must match). Everything else is checked as a reader',
    'would check the package; on any problem nothing is written.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, ['key', 'out', 'documents']);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing SOURCE.json' : 'give exactly one SOURCE.json');
    const keyPath = requireOption(values.key, 'key');
    const outPath = requireOption(values.out, 'out');
    const sourcePath = positionals[0];
    let source: JsonObject;
    try {
      source = parseStrictJson(await readInputFile(sourcePath));
    } catch (e) {
      throw new CliError(`${sourcePath} cannot be read as an exercise source: ${describeError(e)}`);
    }
    const signer = await signerFromKeyFile(keyPath);
    const documents = await readDocuments(values.documents ?? dirname(sourcePath), listedPaths(source));
    let packaged: Awaited<ReturnType<typeof writePackage>>;
    try {
      const unsigned = completeExerciseSource(source, { secretariatPublicKey: signer.publicKey, issuedAt: nowTimestamp(), documents });
      packaged = await writePackage(unsigned, documents, signer);
    } catch (e) {
      throw new CliError(`${sourcePath} cannot be packed, nothing was written: ${describeError(e)}`);
    }
    await writeOutputFile(outPath, packaged.bytes);
    const ex = packaged.exercise;
    io.stdout(
      `wrote ${outPath}: exercise ${ex.exerciseId} "${ex.title}", ${ex.candidates.length} candidates, ${documents.size} documents, issued ${ex.issuedAt}\n` +
        `signed by secretariat key ${fingerprint(signer.publicKey)}\n`,
    );
    return EXIT_OK;
  },
};
