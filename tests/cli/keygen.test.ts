import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/crypto/ed25519';
import { base64UrlDecode } from '../../core/encoding';
import { panelscore, tempFolder } from './panelscore-process';

describe('panelscore keygen', () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());
  const keyPath = join(folder.dir, 'secretariat.key.pem');
  let printed = '';

  it('writes an Ed25519 PKCS#8 PEM key readable only by its owner and prints its public key and fingerprint', async () => {
    const result = await panelscore(['keygen', '--out', keyPath]);
    expect(result.code).toBe(0);
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    const pem = readFileSync(keyPath, 'utf8');
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const jwk = createPublicKey(createPrivateKey(pem)).export({ format: 'jwk' });
    expect(result.stdout).toContain(`public key   ${jwk.x}\n`);
    expect(result.stdout).toContain(`fingerprint  ${fingerprint(base64UrlDecode(jwk.x!))}\n`);
    printed = result.stdout;
  });

  it('refuses to overwrite an existing file and leaves it unchanged', async () => {
    const existing = join(folder.dir, 'precious.key.pem');
    writeFileSync(existing, 'do not touch');
    const result = await panelscore(['keygen', '--out', existing]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('already exists');
    expect(readFileSync(existing, 'utf8')).toBe('do not touch');
  });

  it('prints the same public key and fingerprint again with pubkey', async () => {
    const result = await panelscore(['pubkey', keyPath]);
    expect(result.code).toBe(0);
    expect(printed).not.toBe('');
    expect(result.stdout).toBe(printed);
  });
});
