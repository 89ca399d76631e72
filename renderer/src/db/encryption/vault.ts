// The vault: the one record that turns a passphrase into the data key. The data key (random,
// 256-bit) is sealed under a key stretched from the passphrase with scrypt; the record is kept
// in its own small database, readable while locked (it holds nothing usable without the passphrase).

import Dexie, { type Table } from 'dexie';
import {
  DEFAULT_SCRYPT,
  derivePassphraseKey,
  newDataKey,
  newPassphraseKeyParams,
  openBytes,
  sealBytes,
  type ScryptParams,
} from '../../../../core/crypto/passphrase-seal';

export const VAULT_DATABASE_NAME = 'panelscore-vault';
/** Auto-lock after this many minutes without keyboard or mouse, unless the person chose otherwise. */
export const DEFAULT_AUTO_LOCK_MINUTES = 10;
const WRAP_CONTEXT = new TextEncoder().encode('panelscore vault v1: data key');

/** What is stored to unlock: scrypt salt and cost, and the data key sealed under the passphrase key. */
export interface VaultRecord {
  id: 'vault';
  version: 1;
  kdf: 'scrypt';
  salt: Uint8Array;
  params: ScryptParams;
  /** AES-256-GCM(passphrase key, data key); its tag is the check that the passphrase is right. */
  wrappedKey: Uint8Array;
  autoLockMinutes: number;
  createdAt: string;
}

/** A passphrase that does not open the vault (or a backup): nothing was changed. */
export class WrongPassphraseError extends Error {
  constructor(
    message = 'That passphrase does not unlock this workspace. Nothing was changed: check the keyboard layout and Caps Lock, and type it again.',
  ) {
    super(message);
    this.name = 'WrongPassphraseError';
  }
}

class VaultDatabase extends Dexie {
  vault!: Table<VaultRecord, string>;
  constructor() {
    super(VAULT_DATABASE_NAME, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ vault: 'id' });
  }
}

async function withVaultDatabase<T>(action: (database: VaultDatabase) => Promise<T>): Promise<T> {
  const database = new VaultDatabase();
  try {
    return await action(database);
  } finally {
    database.close();
  }
}

/** The stored vault, or undefined when encryption at rest is off. */
export function readVault(): Promise<VaultRecord | undefined> {
  return withVaultDatabase((database) => database.vault.get('vault'));
}

/** Stores (or replaces) the vault: the moment encryption at rest is on. */
export async function writeVault(record: VaultRecord): Promise<void> {
  await withVaultDatabase((database) => database.vault.put(record));
}

/** Two wrapped keys are the same bytes (so the vault was not changed in between). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Replaces the vault in one transaction, only if its wrapped key is still `expected` (the one
 * just opened): a change made meanwhile (another window) is never overwritten. The put is the
 * commit point: interrupted before it, the vault and so the old passphrase stay as they were.
 */
export async function replaceVault(expected: Uint8Array, next: VaultRecord): Promise<void> {
  await withVaultDatabase((database) =>
    database.transaction('rw', database.vault, async () => {
      const stored = await database.vault.get('vault');
      if (!stored || !sameBytes(stored.wrappedKey, expected)) {
        throw new Error(
          'The passphrase was changed or encryption turned off in another Panelscore window meanwhile. Nothing was changed here: lock, unlock with the current passphrase and try again.',
        );
      }
      await database.vault.put(next);
    }),
  );
}

/** Changes the vault's idle time before auto-lock, keeping everything else (read and written in one transaction). */
export async function updateAutoLockMinutes(minutes: number): Promise<void> {
  await withVaultDatabase((database) =>
    database.transaction('rw', database.vault, async () => {
      const stored = await database.vault.get('vault');
      if (!stored) throw new Error('Encryption at rest is not turned on here: set a passphrase first.');
      await database.vault.put({ ...stored, autoLockMinutes: minutes });
    }),
  );
}

/** A new vault for a passphrase, with a fresh data key, returned beside it. */
export async function createVault(
  passphrase: string,
  options: { params?: ScryptParams; autoLockMinutes?: number; now?: Date } = {},
): Promise<{ record: VaultRecord; dataKey: Uint8Array }> {
  const keyParams = newPassphraseKeyParams(options.params ?? DEFAULT_SCRYPT);
  const passphraseKey = await derivePassphraseKey(passphrase, keyParams);
  const dataKey = newDataKey();
  const record: VaultRecord = {
    id: 'vault',
    version: 1,
    kdf: 'scrypt',
    salt: keyParams.salt,
    params: keyParams.params,
    wrappedKey: sealBytes(passphraseKey, dataKey, WRAP_CONTEXT),
    autoLockMinutes: options.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES,
    createdAt: (options.now ?? new Date()).toISOString(),
  };
  passphraseKey.fill(0);
  return { record, dataKey };
}

/** The data key a vault holds; throws WrongPassphraseError when the passphrase is not the one set. */
export async function openVault(
  record: VaultRecord,
  passphrase: string,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const passphraseKey = await derivePassphraseKey(
    passphrase,
    { kdf: 'scrypt', salt: record.salt, params: record.params },
    onProgress,
  );
  try {
    return openBytes(passphraseKey, record.wrappedKey, WRAP_CONTEXT);
  } catch {
    throw new WrongPassphraseError();
  } finally {
    passphraseKey.fill(0);
  }
}

/** The vault re-sealed under a new passphrase (same data key, so no row needs rewriting). */
export async function rewrapVault(
  record: VaultRecord,
  dataKey: Uint8Array,
  newPassphrase: string,
  params: ScryptParams = record.params,
): Promise<VaultRecord> {
  const keyParams = newPassphraseKeyParams(params);
  const passphraseKey = await derivePassphraseKey(newPassphrase, keyParams);
  const wrappedKey = sealBytes(passphraseKey, dataKey, WRAP_CONTEXT);
  passphraseKey.fill(0);
  return { ...record, salt: keyParams.salt, params: keyParams.params, wrappedKey };
}
