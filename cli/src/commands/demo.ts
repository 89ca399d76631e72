/**
 * `panelscore demo --out DIR`: writes the embedded demo exercise to a folder — package, DEMO ONLY
 * keys, signed sample sheets, the unsigned source with its documents — and a README.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fingerprint } from '../../../core/crypto/ed25519';
import { buildDemo } from '../../../core/demo/build-demo';
import type { Demo } from '../../../core/demo/build-demo';
import { writeOutputFile } from '../files';
import { pemFromSecretKey, writeKeyFile } from '../key-file';
import { CliError, EXIT_OK, UsageError, parseCommandLine, requireOption } from '../usage';
import type { Command } from '../usage';

async function ensureEmptyFolder(dir: string): Promise<void> {
  try {
    const entries = await readdir(dir);
    if (entries.length > 0) throw new CliError(`${dir} is not empty: give a new or empty folder, so no file of yours is overwritten.`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') throw new CliError(`${dir} is a file, not a folder: give a new or empty folder.`);
    throw e;
  }
}

function readme(demo: Demo, dir: string): string {
  const members = demo.keys.members.map((k) => `  ${`keys/${k.memberId}.DEMO-ONLY.key.pem`.padEnd(37)}${fingerprint(k.publicKey)}${k.pinned ? '' : '   (not pinned in the package)'}`);
  return [
    'PANELSCORE DEMO EXERCISE',
    '========================',
    '',
    `"${demo.exercise.title}" — a fictitious recruitment: the convention, the panel and the`,
    'candidates are invented. Every key here is a DEMO ONLY key, derived from a seed published in',
    'the Panelscore source code: anyone can sign with it. Never use these keys for a real exercise.',
    '',
    'What is here',
    '',
    `  ${demo.packageFileName.padEnd(37)}the signed exercise package (${demo.exercise.candidates.length} candidates with CVs, ${demo.exercise.criteria.length} criteria)`,
    `  ${'sheets/'.padEnd(37)}signed score sheets, one per panel member; m-kenya sent a`,
    `  ${''.padEnd(37)}draft revision 1 and a final revision 2; m-norway recused`,
    `  ${''.padEnd(37)}from cand-03; m-laos is not pinned in the package`,
    `  ${'source/exercise.source.json'.padEnd(37)}the exercise as authored, before signing`,
    `  ${'source/documents/'.padEnd(37)}the CVs it lists`,
    '',
    'DEMO ONLY keys (PEM) and their fingerprints:',
    '',
    `  ${'keys/secretariat.DEMO-ONLY.key.pem'.padEnd(37)}${fingerprint(demo.keys.secretariat.publicKey)}   (signed the package)`,
    ...members,
    '',
    'Try next (from the Panelscore project folder, type `npx panelscore` for `panelscore`):',
    '',
    `  panelscore verify ${join(dir, demo.packageFileName)} ${join(dir, 'sheets')}/*.scores.json`,
    `  panelscore merge ${join(dir, demo.packageFileName)} ${join(dir, 'sheets')}/*.scores.json --out ${join(dir, 'demo.decision.json')}`,
    `  panelscore merge ${join(dir, demo.packageFileName)} ${join(dir, 'sheets')}/*.scores.json --sign ${join(dir, 'keys', 'secretariat.DEMO-ONLY.key.pem')} --out ${join(dir, 'signed.decision.json')}`,
    `  panelscore verify ${join(dir, 'signed.decision.json')} --package ${join(dir, demo.packageFileName)}`,
    '',
    'The merge lists m-laos as unpinned: in a real exercise the secretariat confirms that fingerprint',
    'with the member (read aloud) and pins it in a trust file or the next package.',
    '',
    'To make a package yourself from the source (a new key gives a new exercise, which the sample',
    'sheets do not match; the DEMO ONLY secretariat key gives back the very same package):',
    '',
    `  panelscore keygen --out ${join(dir, 'my-secretariat.key.pem')}`,
    `  panelscore pack ${join(dir, 'source', 'exercise.source.json')} --key ${join(dir, 'my-secretariat.key.pem')} --out ${join(dir, 'my-exercise.panelpkg')}`,
    '',
  ].join('\n');
}

export const demoCommand: Command = {
  name: 'demo',
  usage: 'panelscore demo --out DIR',
  help: [
    'Writes the demo exercise to DIR (a new or empty folder): the signed package, its DEMO ONLY keys',
    '(PEM, mode 0600), signed sample score sheets, the unsigned exercise source with its documents',
    '(to try `panelscore pack`) and a README.txt that says what to run next.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, ['out']);
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}; the folder goes after --out`);
    const dir = requireOption(values.out, 'out');
    await ensureEmptyFolder(dir);
    const demo = await buildDemo();
    await writeOutputFile(join(dir, demo.packageFileName), demo.packageBytes);
    for (const sheet of demo.sheets) await writeOutputFile(join(dir, 'sheets', sheet.fileName), sheet.bytes);
    await writeOutputFile(join(dir, 'source', 'exercise.source.json'), `${JSON.stringify(demo.source, null, 2)}\n`);
    for (const [path, bytes] of demo.documents) await writeOutputFile(join(dir, 'source', ...path.split('/')), bytes);
    await mkdir(join(dir, 'keys'), { recursive: true });
    await writeKeyFile(join(dir, 'keys', 'secretariat.DEMO-ONLY.key.pem'), pemFromSecretKey(demo.keys.secretariat.secretKey, demo.keys.secretariat.publicKey));
    for (const k of demo.keys.members) await writeKeyFile(join(dir, 'keys', `${k.memberId}.DEMO-ONLY.key.pem`), pemFromSecretKey(k.secretKey, k.publicKey));
    await writeOutputFile(join(dir, 'README.txt'), readme(demo, dir));
    io.stdout(`wrote the demo exercise to ${dir}; read ${join(dir, 'README.txt')} for what to run next\n`);
    return EXIT_OK;
  },
};
