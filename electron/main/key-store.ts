/**
 * Private Ed25519 keys, one per role and workspace, kept in userData/keys and encrypted with the
 * OS keychain (safeStorage) when there is one. Signing happens here; secret keys never leave main.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fingerprint, generateSecretKey, memorySigner, publicKeyOf } from '../../core/crypto/ed25519';
import { base64UrlDecode, base64UrlEncode } from '../../core/encoding';
import type { Signer } from '../../core/types';
import type { KeyRef, PublicKeyInfo } from '../ipc-contract';

/** The part of Electron's safeStorage the key store uses. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

export interface KeyStoreOptions {
  /** Folder of the key files, e.g. app.getPath('userData')/keys. */
  dir: string;
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
}

export interface KeyStore {
  /** The public half of the key for `ref`, creating the key on first use. */
  getOrCreate(ref: KeyRef): Promise<PublicKeyInfo>;
  /** The public half of an existing key, or null when there is none. */
  exportPublic(ref: KeyRef): Promise<PublicKeyInfo | null>;
  /** Ed25519 signature over `message` with the key for `ref`; throws when there is no such key. */
  sign(ref: KeyRef, message: Uint8Array): Promise<Uint8Array>;
  /** Deletes the key file of `ref` and forgets the key (closing an exercise); false when there was none. */
  delete(ref: KeyRef): Promise<boolean>;
  /** True when new and upgraded keys are encrypted by the OS keychain. */
  isProtectedByOs(): boolean;
}

const KeyFile = z.strictObject({
  format: z.literal('panelscore.private-key'),
  formatVersion: z.literal(1),
  role: z.enum(['member', 'secretariat']),
  workspaceId: z.string(),
  publicKey: z.string(),
  /** `os-keychain`: secretKey is base64 of safeStorage ciphertext; `none`: base64url of the raw key. */
  protection: z.enum(['os-keychain', 'none']),
  secretKey: z.string(),
});
type KeyFile = z.infer<typeof KeyFile>;

interface LoadedKey {
  signer: Signer;
  info: PublicKeyInfo;
}

function keyLabel(ref: KeyRef): string {
  return `the ${ref.role} key of workspace ${ref.workspaceId}`;
}

/** File name of a key: hashed so that any workspace id is a safe, case-insensitively unique name. */
export function keyFileName(ref: KeyRef): string {
  const digest = createHash('sha256').update(`${ref.role}\0${ref.workspaceId}`, 'utf8').digest('hex');
  return `${ref.role}-${digest.slice(0, 32)}.json`;
}

/** True when safeStorage really uses an OS keychain (on Linux, `basic_text` is a fixed password). */
export function isOsKeychainAvailable(safeStorage: SafeStorageLike, platform: NodeJS.Platform): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  if (platform !== 'linux') return true;
  const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
  return backend !== 'basic_text' && backend !== 'unknown';
}

/** Creates the key store over a folder; nothing is read or written until a key is asked for. */
export function createKeyStore(options: KeyStoreOptions): KeyStore {
  const { dir, safeStorage, platform } = options;
  const loaded = new Map<string, LoadedKey>();
  const locks = new Map<string, Promise<unknown>>();
  const protectedByOs = (): boolean => isOsKeychainAvailable(safeStorage, platform);

  /** Runs `task` after every earlier task on the same key file, so a key is never created twice. */
  function serialized<T>(name: string, task: () => Promise<T>): Promise<T> {
    const previous = locks.get(name) ?? Promise.resolve();
    const next = previous.then(task, task);
    locks.set(
      name,
      next.catch(() => undefined),
    );
    return next;
  }

  function encode(ref: KeyRef, secret: Uint8Array): KeyFile {
    const base = {
      format: 'panelscore.private-key',
      formatVersion: 1,
      role: ref.role,
      workspaceId: ref.workspaceId,
      publicKey: base64UrlEncode(publicKeyOf(secret)),
    } as const;
    if (protectedByOs()) {
      const encrypted = safeStorage.encryptString(base64UrlEncode(secret));
      return { ...base, protection: 'os-keychain', secretKey: encrypted.toString('base64') };
    }
    return { ...base, protection: 'none', secretKey: base64UrlEncode(secret) };
  }

  async function write(path: string, file: KeyFile): Promise<void> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      await chmod(temporary, 0o600);
      await rename(temporary, path);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  function decode(ref: KeyRef, path: string, text: string): { secret: Uint8Array; file: KeyFile } {
    const damaged = (why: string): Error =>
      new Error(
        `The file of ${keyLabel(ref)} (${path}) is damaged: ${why}. Restore it from a backup; ` +
          'the app does not replace it, because a new key would not match the fingerprint others have pinned.',
      );
    let file: KeyFile;
    try {
      file = KeyFile.parse(JSON.parse(text));
    } catch {
      throw damaged('it is not a Panelscore key file');
    }
    if (file.role !== ref.role || file.workspaceId !== ref.workspaceId)
      throw damaged('it belongs to another key');
    let encoded: string;
    if (file.protection === 'os-keychain') {
      try {
        encoded = safeStorage.decryptString(Buffer.from(file.secretKey, 'base64'));
      } catch (error) {
        throw new Error(
          `The OS keychain could not decrypt ${keyLabel(ref)} (${error instanceof Error ? error.message : String(error)}). ` +
            'Sign in to the same user account that created the key and unlock its keychain, then try again.',
          { cause: error },
        );
      }
    } else {
      encoded = file.secretKey;
    }
    let secret: Uint8Array;
    try {
      secret = base64UrlDecode(encoded);
    } catch {
      throw damaged('its private key is not readable');
    }
    if (secret.length !== 32 || base64UrlEncode(publicKeyOf(secret)) !== file.publicKey) {
      throw damaged('its private key does not match its public key');
    }
    return { secret, file };
  }

  function toLoaded(secret: Uint8Array, isProtected: boolean): LoadedKey {
    const signer = memorySigner(secret);
    const publicKey = base64UrlEncode(signer.publicKey);
    return {
      signer,
      info: { publicKey, fingerprint: fingerprint(signer.publicKey), protectedByOs: isProtected },
    };
  }

  /** Loads the key of `ref` (upgrading an unprotected file when a keychain appeared), or creates it when `create`. */
  async function load(ref: KeyRef, create: boolean): Promise<LoadedKey | null> {
    const name = keyFileName(ref);
    const cached = loaded.get(name);
    if (cached !== undefined) return cached;
    return serialized(name, async () => {
      const again = loaded.get(name);
      if (again !== undefined) return again;
      const path = join(dir, name);
      let text: string | null;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        text = null;
      }
      let key: LoadedKey;
      if (text === null) {
        if (!create) return null;
        const secret = generateSecretKey();
        const file = encode(ref, secret);
        await write(path, file);
        key = toLoaded(secret, file.protection === 'os-keychain');
      } else {
        const { secret, file } = decode(ref, path, text);
        let isProtected = file.protection === 'os-keychain';
        if (!isProtected && protectedByOs()) {
          await write(path, encode(ref, secret));
          isProtected = true;
        }
        key = toLoaded(secret, isProtected);
      }
      loaded.set(name, key);
      return key;
    });
  }

  return {
    async getOrCreate(ref) {
      const key = await load(ref, true);
      if (key === null) throw new Error(`Could not create ${keyLabel(ref)}.`);
      return key.info;
    },
    async exportPublic(ref) {
      return (await load(ref, false))?.info ?? null;
    },
    async sign(ref, message) {
      const key = await load(ref, false);
      if (key === null) {
        throw new Error(
          `This computer has no ${ref.role} key of workspace ${ref.workspaceId} yet: create it (getOrCreateKey) before signing.`,
        );
      }
      return key.signer.sign(message);
    },
    async delete(ref) {
      const name = keyFileName(ref);
      return serialized(name, async () => {
        loaded.delete(name);
        try {
          await unlink(join(dir, name));
          return true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
          throw error;
        }
      });
    },
    isProtectedByOs: protectedByOs,
  };
}
