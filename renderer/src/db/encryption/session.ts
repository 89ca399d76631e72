// Encryption at rest for the whole app database (every workspace, one passphrase): turning it on,
// unlocking, locking. The data key lives only in memory while unlocked; on disk there is the vault.

import Dexie from 'dexie';
import type { ScryptParams } from '../../../../core/crypto/passphrase-seal';
import { SEALED_DATABASE_NAME, openSealedDatabase, setDatabaseTarget } from '../connection';
import { DATABASE_NAME, PanelscoreDatabase } from '../schema';
import type { DocumentRecord } from '../records';
import { documentBlobBytes, inlineDocumentBlobs, isBlob } from './documents-at-rest';
import type { PackedDocument } from '../exercises';
import type { DataKeyRef } from './middleware';
import {
  VAULT_DATABASE_NAME,
  WrongPassphraseError,
  createVault,
  openVault,
  readVault,
  replaceVault,
  rewrapVault,
  updateAutoLockMinutes,
  writeVault,
} from './vault';

export { SEALED_DATABASE_NAME } from '../connection';

/** off: no passphrase set; locked: set, data key not in memory; unlocked: data key in memory. */
export type EncryptionStatus = 'off' | 'locked' | 'unlocked';

/** A signing key as the sealed key store keeps it (a settings row, sealed like every row). */
export interface SigningKeyRow {
  workspaceId: string;
  pkcs8: Uint8Array;
  publicKey: Uint8Array;
  createdAt: string;
}

const keyRef: DataKeyRef = { current: null };
let status: EncryptionStatus = 'off';
const listeners = new Set<(status: EncryptionStatus) => void>();

/** A hint kept in localStorage so the first render knows, without waiting, whether to show the app or the lock. */
const HINT_KEY = 'panelscore.encryption';

function rememberHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, 'on');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // No localStorage (private mode): the app then waits for the vault check at start.
  }
}

/** True when encryption was on at the last start (startEncryption checks the vault itself). */
export function encryptionProbablyOn(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === 'on';
  } catch {
    return true;
  }
}

function setStatus(next: EncryptionStatus): void {
  if (next !== status) rememberHint(next !== 'off');
  status = next;
  for (const listener of listeners) listener(next);
}


/** The current status. */
export function encryptionStatus(): EncryptionStatus {
  return status;
}

/** Calls `listener` on every change of status; returns the function that stops it. */
export function onEncryptionStatus(listener: (status: EncryptionStatus) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Reads the vault at start-up: with one, the app starts locked. Also finishes a switch to
 * encryption that was interrupted after its commit point (deletes the leftover plain database).
 */
export async function startEncryption(): Promise<EncryptionStatus> {
  if (status === 'unlocked') return status;
  const vault = await readVault();
  if (!vault) {
    setStatus('off');
    return status;
  }
  keyRef.current = null;
  setDatabaseTarget({ kind: 'locked' });
  if (await Dexie.exists(DATABASE_NAME)) await Dexie.delete(DATABASE_NAME);
  setStatus('locked');
  return status;
}

/** Unlocks with the passphrase (about a second of scrypt); a wrong one throws WrongPassphraseError and changes nothing. */
export async function unlock(passphrase: string, onProgress?: (fraction: number) => void): Promise<void> {
  const vault = await readVault();
  if (!vault) throw new Error('Encryption at rest is not turned on here, so there is nothing to unlock.');
  const dataKey = await openVault(vault, passphrase, onProgress);
  keyRef.current = dataKey;
  setDatabaseTarget({ kind: 'sealed', key: keyRef });
  setStatus('unlocked');
}

/** Forgets the data key (zeroed) and closes the database: until unlock, nothing can be read. */
export function lock(): void {
  if (status === 'off') return;
  keyRef.current?.fill(0);
  keyRef.current = null;
  setDatabaseTarget({ kind: 'locked' });
  setStatus('locked');
}

/** What turning encryption on did. */
export interface EnableOutcome {
  rowsSealed: number;
}

/**
 * Turns encryption on: copies every row of the plain database, sealed, into the encrypted one in
 * one transaction (with `extraSettings`, e.g. signing keys), stores the vault (the commit point),
 * then deletes the plain database. A failure before the commit point leaves the plain data as it was.
 */
export async function enableEncryption(
  passphrase: string,
  options: {
    params?: ScryptParams;
    autoLockMinutes?: number;
    extraSettings?: { key: string; value: unknown }[];
    /** Runs after the plain data is deleted (the app passes scrubDeletedData, which clears it out of the browser's files). */
    afterPlainDeleted?: () => Promise<void>;
  } = {},
): Promise<EnableOutcome> {
  if (status !== 'off' || (await readVault()))
    throw new Error('Encryption at rest is already on: use "Change passphrase" instead.');
  const { record, dataKey } = await createVault(passphrase, options);
  if (await Dexie.exists(SEALED_DATABASE_NAME)) await Dexie.delete(SEALED_DATABASE_NAME);
  const plain = new PanelscoreDatabase(DATABASE_NAME);
  const sealedRef: DataKeyRef = { current: dataKey };
  const sealed = openSealedDatabase(sealedRef);
  let rowsSealed = 0;
  try {
    const contents = await plain.transaction('r', plain.tables, () =>
      Promise.all(plain.tables.map(async (table) => ({ name: table.name, rows: await table.toArray() }))),
    );
    // Blobs (large documents) cannot be sealed inside the transaction: read them into bytes first.
    for (const table of contents) {
      if (table.name === 'documents') table.rows = await inlineDocumentBlobs(table.rows as DocumentRecord[]);
    }
    await sealed.transaction('rw', sealed.tables, async () => {
      for (const { name, rows } of contents) {
        await sealed.table(name).bulkPut(rows);
        rowsSealed += rows.length;
      }
      if (options.extraSettings?.length) await sealed.table('settings').bulkPut(options.extraSettings);
    });
  } finally {
    plain.close();
    sealed.close();
  }
  await writeVault(record);
  keyRef.current = dataKey;
  setDatabaseTarget({ kind: 'sealed', key: keyRef });
  await Dexie.delete(DATABASE_NAME);
  await options.afterPlainDeleted?.();
  setStatus('unlocked');
  return { rowsSealed };
}

/** Forgotten passphrase: deletes the encrypted database and the vault (every workspace), leaving an empty app with encryption off. */
export async function eraseEncryptedData(): Promise<void> {
  keyRef.current?.fill(0);
  keyRef.current = null;
  setDatabaseTarget({ kind: 'plain' });
  await Dexie.delete(SEALED_DATABASE_NAME);
  await Dexie.delete(VAULT_DATABASE_NAME);
  setStatus('off');
}

/**
 * Changes the passphrase: re-seals the data key under the new one (no row is rewritten). The vault
 * is replaced in one transaction, so an interrupted change leaves the old passphrase working; a
 * wrong current passphrase throws WrongPassphraseError and changes nothing.
 */
export async function changePassphrase(
  current: string,
  next: string,
  options: { params?: ScryptParams; onProgress?: (fraction: number) => void } = {},
): Promise<void> {
  if (next.length === 0) throw new Error('The new passphrase is empty: type one, then try again.');
  const vault = await readVault();
  if (!vault) throw new Error('Encryption at rest is not turned on here: set a passphrase first.');
  const dataKey = await openVault(vault, current, (fraction) => options.onProgress?.(fraction / 2));
  try {
    options.onProgress?.(0.5);
    const rewrapped = await rewrapVault(vault, dataKey, next, options.params ?? vault.params);
    await replaceVault(vault.wrappedKey, rewrapped);
    options.onProgress?.(1);
  } finally {
    dataKey.fill(0);
  }
}

/** The idle time after which the app locks itself, in minutes (null when encryption is off). */
export async function autoLockMinutes(): Promise<number | null> {
  return (await readVault())?.autoLockMinutes ?? null;
}

/** Changes the idle time before auto-lock (1 to 240 minutes). */
export async function setAutoLockMinutes(minutes: number): Promise<void> {
  await updateAutoLockMinutes(Math.min(240, Math.max(1, Math.round(minutes))));
}

/** The package to store: with encryption on, every Blob document read into bytes (sealed with its row); otherwise as given. */
export async function packageForStorage<T extends { documents: ReadonlyMap<string, Uint8Array | Blob | PackedDocument> }>(
  pkg: T,
): Promise<T> {
  if (status === 'off') return pkg;
  const documents = new Map<string, Uint8Array>();
  for (const [path, content] of pkg.documents) {
    if (content instanceof Uint8Array) documents.set(path, content);
    else if (isBlob(content)) documents.set(path, new Uint8Array(await content.arrayBuffer()));
    else documents.set(path, await documentBlobBytes({ blob: content.packed, packedSize: content.size }, path));
  }
  return { ...pkg, documents };
}

/** The data key while unlocked (for sealing documents and backups outside a transaction), else null. */
export function currentDataKey(): Uint8Array | null {
  return keyRef.current;
}

export { WrongPassphraseError };
