/** `panelscore keygen` and `panelscore pubkey`: make an Ed25519 key file, or show its public key again. */
import { fingerprint } from '../../../core/crypto/ed25519';
import { base64UrlEncode } from '../../../core/encoding';
import { generateKeyPem, readPublicKey, writeKeyFile } from '../key-file';
import { EXIT_OK, UsageError, parseCommandLine } from '../usage';
import type { Command, Io } from '../usage';

function printPublicKey(io: Io, publicKey: Uint8Array): void {
  io.stdout(`public key   ${base64UrlEncode(publicKey)}\nfingerprint  ${fingerprint(publicKey)}\n`);
}

async function showPublicKey(path: string, io: Io): Promise<number> {
  printPublicKey(io, await readPublicKey(path));
  return EXIT_OK;
}

export const keygenCommand: Command = {
  name: 'keygen',
  usage: 'panelscore keygen --out KEYFILE | --public KEYFILE',
  help: [
    'Creates an Ed25519 secret key as a PKCS#8 PEM file readable only by you (mode 0600) and',
    'prints its public key (base64url) and fingerprint. An existing file is never overwritten.',
    'With --public KEYFILE, prints the public key and fingerprint of an existing key file instead.',
    '',
    'Keep the key file private: whoever holds it can sign in your name. Read the fingerprint',
    'aloud to the secretariat (or the panel) so they can pin your key.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, ['out', 'public']);
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${positionals[0]}`);
    if (values.out !== undefined && values.public !== undefined) throw new UsageError('give either --out or --public, not both');
    if (values.public !== undefined) return showPublicKey(values.public, io);
    if (values.out === undefined || values.out === '') throw new UsageError('missing --out KEYFILE');
    const pem = generateKeyPem();
    await writeKeyFile(values.out, pem);
    io.stderr(`wrote ${values.out} (mode 0600): keep it private\n`);
    printPublicKey(io, await readPublicKey(values.out));
    return EXIT_OK;
  },
};

export const pubkeyCommand: Command = {
  name: 'pubkey',
  usage: 'panelscore pubkey KEYFILE',
  help: 'Prints the public key (base64url) and fingerprint of a key file made by `panelscore keygen`.',
  async run(args, io) {
    const { positionals } = parseCommandLine(args, []);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing KEYFILE' : 'give exactly one KEYFILE');
    return showPublicKey(positionals[0], io);
  },
};
