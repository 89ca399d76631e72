import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint, verifyStrict } from '../../core/crypto/ed25519';
import { base64UrlDecode, base64UrlEncode } from '../../core/encoding';
import { createKeyStore, isOsKeychainAvailable, keyFileName } from '../../electron/main/key-store';
import type { KeyRef } from '../../electron/ipc-contract';
import { fakeSafeStorage } from './fakes';

const member: KeyRef = { role: 'member', workspaceId: 'ex-2025-director' };
const message = new TextEncoder().encode('{"format":"panelscore.scores"}');

let dir: string;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'panelscore-keys-')), 'keys');
});
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

async function keyFiles(): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.json'));
}

/** Every way the 32-byte secret could appear in a file: raw, hex, base64, base64url. */
function encodingsOf(secret: Uint8Array): string[] {
  const buffer = Buffer.from(secret);
  return [buffer.toString('hex'), buffer.toString('base64'), base64UrlEncode(secret)];
}

describe('createKeyStore with an OS keychain', () => {
  const safeStorage = fakeSafeStorage({ available: true });
  const store = () => createKeyStore({ dir, safeStorage, platform: 'linux' });

  it('creates a key on first use and returns the same public key afterwards', async () => {
    const first = await store().getOrCreate(member);
    const again = await store().getOrCreate(member);
    expect(again).toEqual(first);
    expect(base64UrlDecode(first.publicKey)).toHaveLength(32);
    expect(first.fingerprint).toBe(fingerprint(first.publicKey));
    expect(first.protectedByOs).toBe(true);
    expect(await keyFiles()).toHaveLength(1);
  });

  it('keeps separate keys per role and per workspace', async () => {
    const keys = store();
    const a = await keys.getOrCreate(member);
    const b = await keys.getOrCreate({ role: 'secretariat', workspaceId: member.workspaceId });
    const c = await keys.getOrCreate({ role: 'member', workspaceId: 'EX-2025-DIRECTOR' });
    expect(new Set([a.publicKey, b.publicKey, c.publicKey]).size).toBe(3);
    expect(await keyFiles()).toHaveLength(3);
  });

  it('signs in main with a signature that verifies strictly against the public key', async () => {
    const keys = store();
    const { publicKey } = await keys.getOrCreate(member);
    const signature = await keys.sign(member, message);
    expect(signature).toHaveLength(64);
    expect(verifyStrict(signature, message, base64UrlDecode(publicKey))).toBe(true);
    expect(verifyStrict(signature, new TextEncoder().encode('tampered'), base64UrlDecode(publicKey))).toBe(
      false,
    );
  });

  it('stores the secret only as keychain ciphertext, never in the clear', async () => {
    const keys = store();
    await keys.getOrCreate(member);
    const name = (await keyFiles())[0];
    const text = await readFile(join(dir, name), 'utf8');
    const file = JSON.parse(text) as { protection: string; secretKey: string };
    expect(file.protection).toBe('os-keychain');
    const secret = base64UrlDecode(safeStorage.decryptString(Buffer.from(file.secretKey, 'base64')));
    for (const encoding of encodingsOf(secret)) expect(text).not.toContain(encoding);
    expect(Buffer.from(await readFile(join(dir, name))).includes(Buffer.from(secret))).toBe(false);
  });

  it('decrypts with the keychain when a fresh process signs', async () => {
    const { publicKey } = await store().getOrCreate(member);
    const before = safeStorage.decryptCalls;
    const signature = await store().sign(member, message);
    expect(safeStorage.decryptCalls).toBe(before + 1);
    expect(verifyStrict(signature, message, base64UrlDecode(publicKey))).toBe(true);
  });

  it('creates one key when asked twice at the same time', async () => {
    const keys = store();
    const [a, b] = await Promise.all([keys.getOrCreate(member), keys.getOrCreate(member)]);
    expect(a.publicKey).toBe(b.publicKey);
    expect(await keyFiles()).toHaveLength(1);
  });

  it('writes key files readable by their owner only', async () => {
    await store().getOrCreate(member);
    const mode = (await stat(join(dir, (await keyFiles())[0]))).mode & 0o777;
    expect(mode).toBe(0o600);
  });
});

describe('createKeyStore without an OS keychain', () => {
  it('stores the key with mode 0600 and says it is not protected', async () => {
    const keys = createKeyStore({
      dir,
      safeStorage: fakeSafeStorage({ available: false }),
      platform: 'linux',
    });
    const info = await keys.getOrCreate(member);
    expect(info.protectedByOs).toBe(false);
    expect(keys.isProtectedByOs()).toBe(false);
    const path = join(dir, keyFileName(member));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const signature = await keys.sign(member, message);
    expect(verifyStrict(signature, message, base64UrlDecode(info.publicKey))).toBe(true);
  });

  it('treats Linux basic_text storage (a fixed password) as no keychain', () => {
    expect(isOsKeychainAvailable(fakeSafeStorage({ available: true, backend: 'basic_text' }), 'linux')).toBe(
      false,
    );
    expect(isOsKeychainAvailable(fakeSafeStorage({ available: true, backend: 'kwallet5' }), 'linux')).toBe(
      true,
    );
    expect(isOsKeychainAvailable(fakeSafeStorage({ available: true, backend: 'basic_text' }), 'darwin')).toBe(
      true,
    );
  });

  it('encrypts an unprotected key once a keychain becomes available, keeping the same key', async () => {
    const before = await createKeyStore({
      dir,
      safeStorage: fakeSafeStorage({ available: false }),
      platform: 'linux',
    }).getOrCreate(member);
    const after = await createKeyStore({
      dir,
      safeStorage: fakeSafeStorage({ available: true }),
      platform: 'linux',
    }).getOrCreate(member);
    expect(after.publicKey).toBe(before.publicKey);
    expect(after.protectedByOs).toBe(true);
    const file = JSON.parse(await readFile(join(dir, keyFileName(member)), 'utf8')) as { protection: string };
    expect(file.protection).toBe('os-keychain');
  });
});

describe('createKeyStore refusals', () => {
  const safeStorage = fakeSafeStorage({ available: true });

  it('does not sign with a key that was never created, and says what to do', async () => {
    await expect(
      createKeyStore({ dir, safeStorage, platform: 'linux' }).sign(member, message),
    ).rejects.toThrow(/has no member key of workspace ex-2025-director yet: create it/);
  });

  it('exports nothing, and creates nothing, for a missing key', async () => {
    const keys = createKeyStore({ dir, safeStorage, platform: 'linux' });
    expect(await keys.exportPublic(member)).toBeNull();
    await expect(readdir(dir)).rejects.toThrow();
    const created = await keys.getOrCreate(member);
    expect(await keys.exportPublic(member)).toEqual(created);
  });

  it('refuses a damaged key file instead of replacing it', async () => {
    await createKeyStore({ dir, safeStorage, platform: 'linux' }).getOrCreate(member);
    const path = join(dir, keyFileName(member));
    await writeFile(path, '{"format":"something else"}');
    await expect(createKeyStore({ dir, safeStorage, platform: 'linux' }).getOrCreate(member)).rejects.toThrow(
      /damaged.*Restore it from a backup/,
    );
    expect(await readFile(path, 'utf8')).toBe('{"format":"something else"}');
  });

  it('refuses a key file whose private key does not match its public key', async () => {
    await createKeyStore({ dir, safeStorage, platform: 'linux' }).getOrCreate(member);
    const path = join(dir, keyFileName(member));
    const file = JSON.parse(await readFile(path, 'utf8')) as { publicKey: string };
    file.publicKey = base64UrlEncode(new Uint8Array(32).fill(7));
    await writeFile(path, JSON.stringify(file));
    await expect(
      createKeyStore({ dir, safeStorage, platform: 'linux' }).sign(member, message),
    ).rejects.toThrow(/does not match its public key/);
  });

  it('explains a keychain that cannot decrypt the key', async () => {
    await createKeyStore({ dir, safeStorage, platform: 'linux' }).getOrCreate(member);
    const broken = {
      ...fakeSafeStorage({ available: true }),
      decryptString: () => {
        throw new Error('keyring locked');
      },
    };
    await expect(
      createKeyStore({ dir, safeStorage: broken, platform: 'linux' }).sign(member, message),
    ).rejects.toThrow(/could not decrypt.*keyring locked.*unlock its keychain/);
  });
});
