// Pushes deleted plaintext out of the browser's storage files. Chromium keeps IndexedDB in one
// LevelDB per site: a deleted database's rows stay in its table files until a compaction rewrites
// them, which LevelDB runs only when enough new data arrives. So: write ~46 MB of random filler into
// a scratch database (values under the 64 KiB at which Chromium moves a value into a file of its
// own), give LevelDB time to compact, delete the scratch database. Checked on disk by
// tests/e2e/encryption-at-rest.test.ts.

const SCRATCH_DATABASE = 'panelscore-scrub';
const VALUE_BYTES = 48_000;
const VALUES_PER_TRANSACTION = 80;
const TRANSACTIONS = 12;
const SETTLE_MS = 3_000;

function request<T>(req: IDBRequest<T> | IDBOpenDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () =>
      reject(
        req.error ??
          new Error('The browser refused to write the scratch data that clears deleted data away.'),
      );
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () =>
      reject(
        tx.error ?? new Error('The browser refused to write the scratch data that clears deleted data away.'),
      );
    tx.onabort = () =>
      reject(
        tx.error ?? new Error('The browser stopped writing the scratch data that clears deleted data away.'),
      );
  });
}

/** Overwrites the free space of the site's IndexedDB storage so deleted rows leave its files (about 5 s, 46 MB for a moment). */
export async function scrubDeletedData(onProgress?: (fraction: number) => void): Promise<void> {
  const open = indexedDB.open(SCRATCH_DATABASE, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('filler');
  const database = await request<IDBDatabase>(open);
  try {
    for (let round = 0; round < TRANSACTIONS; round++) {
      const tx = database.transaction('filler', 'readwrite', { durability: 'strict' });
      const store = tx.objectStore('filler');
      for (let i = 0; i < VALUES_PER_TRANSACTION; i++) {
        // Random, so LevelDB's compression cannot shrink it below what forces a compaction.
        store.put(crypto.getRandomValues(new Uint8Array(VALUE_BYTES)), round * VALUES_PER_TRANSACTION + i);
      }
      await committed(tx);
      onProgress?.((round + 1) / (TRANSACTIONS + 1));
    }
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  } finally {
    database.close();
    await request(indexedDB.deleteDatabase(SCRATCH_DATABASE));
  }
  onProgress?.(1);
}
