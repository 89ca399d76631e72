/**
 * `panelscore merge PACKAGE SHEET…`: core's mergeSheets over files, the decision record as
 * canonical JSON (so re-runs are byte-identical) on stdout or --out, a summary on stderr.
 */
import { canonical, hashString } from '../../../core/canonical';
import { fingerprint } from '../../../core/crypto/ed25519';
import { signDecision } from '../../../core/decision';
import { base64UrlDecode, bytesEqual } from '../../../core/encoding';
import type { SheetCheck } from '../../../core/merge/check-sheet';
import { combineSheetChecks, mergeContext } from '../../../core/merge/merge';
import { readPackage } from '../../../core/package/package';
import type { VerifiedPackage } from '../../../core/package/package';
import type { DecisionRecord, HashString, Signer } from '../../../core/types';
import { describeError, readInputFile, writeOutputFile } from '../files';
import { signerFromKeyFile } from '../key-file';
import { formatMergeSummary } from '../merge-summary';
import type { InputNames } from '../merge-summary';
import { checkSheetFiles, startSheetCheckersFor } from '../parallel-merge';
import { CliError, EXIT_OK, UsageError, parseCommandLine } from '../usage';
import type { Command } from '../usage';

function addName(map: Map<HashString, string[]>, hash: HashString, name: string): void {
  const list = map.get(hash);
  if (list === undefined) map.set(hash, [name]);
  else if (!list.includes(name)) list.push(name);
}

/** File names by file hash and (for accepted sheets) by document hash, for the summary only. */
function nameInputs(files: readonly { path: string }[], checks: readonly SheetCheck[]): InputNames {
  const byFileHash = new Map<HashString, string[]>();
  const bySheetHash = new Map<HashString, string[]>();
  files.forEach(({ path }, i) => {
    const { accepted, rejected } = checks[i];
    if (accepted) {
      addName(byFileHash, accepted.fileHash, path);
      addName(bySheetHash, accepted.sheetHash, path);
    } else {
      addName(byFileHash, rejected.fileHash, path);
    }
  });
  return { byFileHash, bySheetHash };
}

async function loadPackage(path: string): Promise<VerifiedPackage> {
  try {
    return await readPackage(await readInputFile(path));
  } catch (e) {
    throw new CliError(`the package ${path} cannot be used, nothing was merged: ${describeError(e)}`);
  }
}

async function secretariatSigner(keyPath: string, pkg: VerifiedPackage): Promise<Signer> {
  const signer = await signerFromKeyFile(keyPath);
  if (!bytesEqual(signer.publicKey, base64UrlDecode(pkg.exercise.secretariat.publicKey))) {
    throw new CliError(
      `${keyPath} holds key ${fingerprint(signer.publicKey)}, but the package was issued by the secretariat key ${fingerprint(pkg.exercise.secretariat.publicKey)}: sign with the key that signed the package; nothing was written`,
    );
  }
  return signer;
}

export const mergeCommand: Command = {
  name: 'merge',
  usage: 'panelscore merge PACKAGE SHEET… [--trust FILE] [--out FILE] [--sign KEYFILE]',
  help: [
    'Merges score sheets against an exercise package and writes the decision record.',
    '',
    'The decision record is written as canonical JSON (RFC 8785, no trailing newline), to stdout or to',
    '--out FILE: merging the same files again gives the very same bytes, whatever their order or names,',
    'and the sha256 of the file equals the record\'s document hash. A summary for people (ranking,',
    'divergences, reliability, rejected sheets with their file names, unpinned keys to confirm) goes to',
    'stderr.',
    '',
    '  --trust FILE    keys the secretariat confirmed after issuing the package (*.trust.json)',
    '  --out FILE      write the decision record to FILE instead of stdout',
    '  --sign KEYFILE  sign the record with the secretariat key (PEM from `panelscore keygen`);',
    '                  it must be the key that signed the package',
    '',
    'Rejected sheets do not stop the merge (exit 0). A package that does not verify, a bad trust file',
    'or a wrong signing key stops it with exit 1 and writes nothing.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, ['trust', 'out', 'sign']);
    if (positionals.length === 0) throw new UsageError('missing PACKAGE');
    if (values.out === '') throw new UsageError('--out needs a file name');
    const [packagePath, ...sheetPaths] = positionals;
    // Large merges check sheets on worker threads too; they load while this thread reads the files.
    const checkers = await startSheetCheckersFor(sheetPaths);
    let record: DecisionRecord;
    let names: InputNames;
    let pkg: VerifiedPackage;
    let signer: Signer | undefined;
    try {
      pkg = await loadPackage(packagePath);
      signer = values.sign === undefined ? undefined : await secretariatSigner(values.sign, pkg);
      const sheets = await Promise.all(sheetPaths.map(async (path) => ({ path, bytes: await readInputFile(path) })));
      const trust = values.trust === undefined ? undefined : await readInputFile(values.trust);
      try {
        // core's mergeSheets in its two steps, so that large merges check files on several threads
        // and the summary can name files from the checks without reading them again.
        const input = { pkg, sheets: sheets.map((s) => s.bytes), ...(trust === undefined ? {} : { trust }) };
        const context = mergeContext(pkg, trust);
        const checks = await checkSheetFiles(input, context, checkers === undefined ? { threads: 1 } : { checkers });
        record = combineSheetChecks(context, checks);
        names = nameInputs(sheets, checks);
      } catch (e) {
        throw new CliError(`nothing was merged: ${describeError(e)}`);
      }
    } finally {
      checkers?.stop(); // unused when something failed first; already stopped otherwise
    }
    if (signer !== undefined) record = await signDecision(record, signer);
    const bytes = canonical(record);

    io.stderr(formatMergeSummary(record, pkg.exercise, names));
    if (values.out === undefined) {
      io.stdout(bytes);
    } else {
      await writeOutputFile(values.out, bytes);
      io.stderr(`\nDecision record${signer === undefined ? ' (unsigned)' : ' signed by the secretariat'} written to ${values.out} (${hashString(bytes)})\n`);
    }
    return EXIT_OK;
  },
};
