/**
 * Ed25519 secret keys in PKCS#8 PEM files: created with mode 0600, never overwritten,
 * and turned into a core Signer by taking the 32-byte seed out of the key (via JWK).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { memorySigner } from '../../core/crypto/ed25519';
import { base64UrlDecode, base64UrlEncode } from '../../core/encoding';
import type { Signer } from '../../core/types';
import { CliError } from './usage';

/** A fresh Ed25519 secret key as PKCS#8 PEM text. */
export function generateKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** PKCS#8 PEM text for a 32-byte Ed25519 secret key (seed). */
export function pemFromSecretKey(secretKey: Uint8Array, publicKey: Uint8Array): string {
  const key = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: base64UrlEncode(secretKey), x: base64UrlEncode(publicKey) },
    format: 'jwk',
  });
  return key.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Writes a secret key file readable by its owner only; refuses to replace an existing file. */
export async function writeKeyFile(path: string, pem: string): Promise<void> {
  try {
    await writeFile(path, pem, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError(`${path} already exists: panelscore never overwrites a key file. Choose another name, or move the old key away first.`);
    }
    throw e;
  }
}

function parseKeyObject(path: string, text: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: text, format: 'pem' });
  } catch {
    throw new CliError(`${path} is not a PEM private key file: pass the file written by \`panelscore keygen\`.`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new CliError(`${path} holds a ${key.asymmetricKeyType ?? 'unknown'} key, not an Ed25519 key: pass the file written by \`panelscore keygen\`.`);
  }
  return key;
}

/** Reads an Ed25519 PKCS#8 PEM key file and returns its 32-byte secret key (seed). */
export async function readSecretKey(path: string): Promise<Uint8Array> {
  const key = parseKeyObject(path, await readKeyText(path));
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.d !== 'string') throw new CliError(`${path}: the key could not be read; pass the file written by \`panelscore keygen\`.`);
  return base64UrlDecode(jwk.d);
}

/** Reads the public key from a key file (private PEM, or a public SPKI PEM). */
export async function readPublicKey(path: string): Promise<Uint8Array> {
  const text = await readKeyText(path);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: text, format: 'pem' });
  } catch {
    throw new CliError(`${path} is not a PEM key file: pass the file written by \`panelscore keygen\`.`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new CliError(`${path} holds a ${key.asymmetricKeyType ?? 'unknown'} key, not an Ed25519 key.`);
  const jwk = key.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new CliError(`${path}: the public key could not be read.`);
  return base64UrlDecode(jwk.x);
}

/** A core Signer over the Ed25519 key in a PEM key file. */
export async function signerFromKeyFile(path: string): Promise<Signer> {
  return memorySigner(await readSecretKey(path));
}

async function readKeyText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read the key file ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}.`);
  }
}
