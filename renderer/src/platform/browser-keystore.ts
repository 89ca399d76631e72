// Workspace signing keys for the browser build: non-extractable WebCrypto Ed25519
// keys kept in their own IndexedDB database, apart from exportable exercise data.

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

async function withStore<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openKeystore();
  try {
    return await request(action(database.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    database.close();
  }
}

/** Makes a new Ed25519 key pair whose private half can sign but never be exported. */
export async function generateWorkspaceKey(workspaceId: string, now: Date = new Date()): Promise<StoredKey> {
  const pair = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { workspaceId, privateKey: pair.privateKey, publicKey, createdAt: now.toISOString() };
}

/** The stored key of a workspace, or undefined. */
export async function readWorkspaceKey(workspaceId: string): Promise<StoredKey | undefined> {
  return (await withStore('readonly', (store) => store.get(workspaceId))) as StoredKey | undefined;
}

/** The workspace's key, created and stored on first use; concurrent callers get the same key. */
export async function loadOrCreateWorkspaceKey(workspaceId: string): Promise<StoredKey> {
  const existing = await readWorkspaceKey(workspaceId);
  if (existing) return existing;
  const fresh = await generateWorkspaceKey(workspaceId);
  try {
    // add (not put): if another caller stored a key meanwhile, keep theirs.
    await withStore('readwrite', (store) => store.add(fresh));
    return fresh;
  } catch (error) {
    const winner = await readWorkspaceKey(workspaceId);
    if (winner) return winner;
    throw error;
  }
}

/** Signs with a stored key: plain Ed25519 (RFC 8032), 64-byte signature. */
export async function signWithKey(key: StoredKey, message: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, message as Uint8Array<ArrayBuffer>));
}
