// Workspace signing keys for the browser build: PKCS#8 bytes kept in their own IndexedDB database
// (or, with encryption at rest on, sealed in the encrypted one), used as non-extractable WebCrypto keys.

const KEYSTORE_NAME = 'panelscore-keys';
const STORE = 'keys';

export interface StoredKey {
  workspaceId: string;
  privateKey: CryptoKey;
  /** The raw 32-byte public key. */
  publicKey: Uint8Array;
  createdAt: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('The browser refused to read or write the key store.'));
  });
}

function openKeystore(): Promise<IDBDatabase> {
  const open = indexedDB.open(KEYSTORE_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(STORE, { keyPath: 'workspaceId' });
  };
  return request(open);
}

async function withStore<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const database = await openKeystore();
  try {
    return await request(action(database.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    database.close();
  }
}

/** A key as kept while encryption at rest is on: the store seals the whole record with the data key. */
export interface SealedKeyRecord {
  workspaceId: string;
  pkcs8: Uint8Array;
  publicKey: Uint8Array;
  createdAt: string;
}

/** Where keys live while encryption at rest is on (rows of the encrypted database). */
export interface SealedKeyStore {
  read(workspaceId: string): Promise<SealedKeyRecord | undefined>;
  /** Adds a key; rejects when the workspace already has one. */
  add(record: SealedKeyRecord): Promise<void>;
  /** Deletes a workspace's key; resolves also when there was none. */
  delete(workspaceId: string): Promise<void>;
}

let sealedStore: SealedKeyStore | null = null;
const unlockedKeys = new Map<string, Promise<StoredKey>>();

/** Keeps keys in `store` (encryption at rest on) or, with null, in the plain key store; forgets keys held in memory. */
export function setSealedKeyStore(store: SealedKeyStore | null): void {
  sealedStore = store;
  unlockedKeys.clear();
}

/** Forgets every key imported into memory (on lock). */
export function forgetUnlockedKeys(): void {
  unlockedKeys.clear();
}

async function importSealedKey(record: SealedKeyRecord): Promise<StoredKey> {
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    record.pkcs8 as Uint8Array<ArrayBuffer>,
    { name: 'Ed25519' },
    false,
    ['sign'],
  );
  return {
    workspaceId: record.workspaceId,
    privateKey,
    publicKey: record.publicKey,
    createdAt: record.createdAt,
  };
}

async function loadOrCreateSealedKey(store: SealedKeyStore, workspaceId: string): Promise<StoredKey> {
  const existing = await store.read(workspaceId);
  if (existing) return importSealedKey(existing);
  // Extractable only for this moment, to seal its PKCS#8 bytes; the key used to sign is a non-extractable import.
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const record: SealedKeyRecord = {
    workspaceId,
    pkcs8: new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
    publicKey: new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)),
    createdAt: new Date().toISOString(),
  };
  try {
    await store.add(record);
  } catch (error) {
    const winner = await store.read(workspaceId);
    if (winner) return importSealedKey(winner);
    throw error;
  }
  return importSealedKey(record);
}

/** Every key of the plain key store that can be moved under encryption (PKCS#8), and the workspaces whose key cannot. */
export async function exportPlainKeys(): Promise<{ movable: SealedKeyRecord[]; stuck: string[] }> {
  const all = (await withStore('readonly', (store) => store.getAll())) as (SealedKeyRecord | StoredKey)[];
  const movable: SealedKeyRecord[] = [];
  const stuck: string[] = [];
  for (const record of all) {
    if ('pkcs8' in record) movable.push(record);
    else stuck.push(record.workspaceId);
  }
  return { movable, stuck };
}

/** Deletes the plain key store's database (after its keys were moved under encryption). */
export function deletePlainKeyStore(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(KEYSTORE_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('The browser refused to delete the old key store.'));
  });
}

/** The plain key store as a SealedKeyStore (records as they are, in the browser's own database). */
const plainStore: SealedKeyStore = {
  read: async (workspaceId) => {
    const record = (await withStore('readonly', (store) => store.get(workspaceId))) as
      SealedKeyRecord | StoredKey | undefined;
    return record && 'pkcs8' in record ? record : undefined;
  },
  add: async (record) => {
    await withStore('readwrite', (store) => store.add(record));
  },
  delete: async (workspaceId) => {
    await withStore('readwrite', (store) => store.delete(workspaceId));
  },
};

/** The stored key of a workspace (imported non-extractable), or undefined. */
export async function readWorkspaceKey(workspaceId: string): Promise<StoredKey | undefined> {
  const record = (await withStore('readonly', (store) => store.get(workspaceId))) as
    SealedKeyRecord | StoredKey | undefined;
  if (!record) return undefined;
  // Keys made before PKCS#8 storage are non-extractable CryptoKeys, stored as they are.
  return 'pkcs8' in record ? importSealedKey(record) : record;
}

/** The workspace's key, created and stored on first use; concurrent callers get the same key. */
export async function loadOrCreateWorkspaceKey(workspaceId: string): Promise<StoredKey> {
  const store = sealedStore;
  if (!store) {
    const legacy = await readWorkspaceKey(workspaceId);
    if (legacy) return legacy;
  }
  let key = unlockedKeys.get(workspaceId);
  if (!key) {
    key = loadOrCreateSealedKey(store ?? plainStore, workspaceId);
    unlockedKeys.set(workspaceId, key);
    key.catch(() => unlockedKeys.delete(workspaceId));
  }
  return key;
}

/** Deletes a workspace's stored key (closing the exercise); resolves also when there was none. */
export async function deleteWorkspaceKey(workspaceId: string): Promise<void> {
  unlockedKeys.delete(workspaceId);
  if (sealedStore) await sealedStore.delete(workspaceId);
  await plainStore.delete(workspaceId);
}

/** Signs with a stored key: plain Ed25519 (RFC 8032), 64-byte signature. */
export async function signWithKey(key: StoredKey, message: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(
    await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, message as Uint8Array<ArrayBuffer>),
  );
}
