import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, buildDemo, completeExerciseSource } from '../../core/demo';
import { memorySigner } from '../../core/crypto/ed25519';
import { writePackage } from '../../core/package/package';
import { fingerprint as fingerprintOf } from '../../core/crypto/ed25519';
import { readZipEntries } from '../../core/package/zip-reader';
import { writeZip } from '../../core/package/zip-writer';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { type StaticServer, startServer } from './serve.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let server: StaticServer;
let demo: Demo;
let fileDir: string;
let genuinePath: string;
let tamperedPath: string;
let tamperedDocument: string;
const sessions: BrowserSession[] = [];
const profiles: string[] = [];

async function screenshots(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The demo package with one byte of one candidate document changed, re-zipped so only the document hash can tell. */
function tamperedPackage(bytes: Uint8Array): { bytes: Uint8Array; path: string } {
  const entries = readZipEntries(bytes);
  const path = [...entries.keys()].find((name) => name.startsWith('documents/'));
  if (!path) throw new Error('the demo package has no documents to tamper with');
  const content = new Uint8Array(entries.get(path)!);
  content[Math.floor(content.length / 2)] ^= 0x01;
  entries.set(path, content);
  return { bytes: writeZip([...entries].map(([name, data]) => ({ name, content: data }))), path };
}

/** Reads, in the page, the stored exercises (workspace and hash) and documents (path and hash). Source text: no DOM types here. */
const STORED_STATE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('panelscore');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const database = open.result;
    if (!database.objectStoreNames.contains('exercises')) { database.close(); resolve({ exercises: [], documents: [] }); return; }
    const tx = database.transaction(['exercises', 'documents'], 'readonly');
    const exercises = tx.objectStore('exercises').getAll();
    const documents = tx.objectStore('documents').getAll();
    tx.oncomplete = () => {
      database.close();
      resolve({
        exercises: exercises.result.map((e) => e.workspaceId + ' ' + e.exerciseHash),
        documents: documents.result.map((d) => d.path + ' ' + d.sha256).sort(),
      });
    };
  };
})`;

/** Each stored document: held as a Blob with empty bytes, and the Blob's SHA-256 the one the exercise lists. */
const STORED_BLOBS = `new Promise((resolve, reject) => {
  const open = indexedDB.open('panelscore');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction('documents', 'readonly').objectStore('documents').getAll();
    request.onsuccess = async () => {
      open.result.close();
      const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
      // A deflated document is stored as the package packed it; the browser's own inflater checks it here.
      const unpacked = (row) => row.packedSize === undefined
        ? row.blob.arrayBuffer()
        : new Response(row.blob.stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer();
      resolve(await Promise.all(request.result.map(async (row) => {
        const bytes = row.blob instanceof Blob ? await unpacked(row) : null;
        return {
          path: row.path,
          blob: row.blob instanceof Blob,
          packed: row.packedSize !== undefined && row.blob.size < row.packedSize,
          emptyBytes: row.bytes.length === 0,
          intact: bytes !== null && 'sha256:' + hex(await crypto.subtle.digest('SHA-256', bytes)) === row.sha256,
        };
      })));
    };
    request.onerror = () => reject(request.error);
  };
})`;

/** What the page's IndexedDB holds: exercise hashes and document hashes. */
function storedState(page: Page): Promise<{ exercises: string[]; documents: string[] }> {
  return page.evaluate<{ exercises: string[]; documents: string[] }>(STORED_STATE);
}

/**
 * The demo package with the first CV replaced by a 10 MB compressible one, re-signed with the demo
 * key: the package deflates it, and it is large enough to be checked piece by piece as it unpacks.
 */
async function largeDeflatedPackage(): Promise<{ bytes: Uint8Array; path: string }> {
  const documents = new Map(demo.documents);
  const [path] = documents.keys();
  const large = new Uint8Array(10 * 1024 * 1024);
  for (let i = 0; i < large.length; i++) large[i] = 0x20 + ((i * 2654435761) >>> 27);
  large.set(new TextEncoder().encode('%PDF-1.7\n'));
  documents.set(path, large);
  const unsigned = completeExerciseSource(demo.source, {
    secretariatPublicKey: demo.keys.secretariat.publicKey,
    issuedAt: '2026-05-03T09:00:00Z',
    documents,
  });
  const { bytes } = await writePackage(unsigned, documents, memorySigner(demo.keys.secretariat.secretKey));
  return { bytes, path: path };
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a package' }).click(),
  ]);
  await chooser.setFiles(path);
}

/** A browser on a new profile that has imported `path` (fingerprint confirmed) and shows its overview. */
async function importedInNewProfile(path: string): Promise<BrowserSession> {
  const profile = await newProfileDir();
  profiles.push(profile);
  const session = await launchBrowser(profile);
  sessions.push(session);
  await session.page.goto(server.url);
  await chooseFile(session.page, path);
  await session.page.getByRole('button', { name: 'Confirm: the fingerprint matches' }).click({ timeout: 60_000 });
  await session.page.getByRole('heading', { name: 'Before the interviews' }).waitFor();
  return session;
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, demo] = await Promise.all([startServer(), buildDemo()]);
  fileDir = await mkdtemp(join(tmpdir(), 'panelscore-import-'));
  genuinePath = join(fileDir, demo.packageFileName);
  const tampered = tamperedPackage(demo.packageBytes);
  tamperedDocument = tampered.path;
  tamperedPath = join(fileDir, `tampered-${demo.packageFileName}`);
  await Promise.all([writeFile(genuinePath, demo.packageBytes), writeFile(tamperedPath, tampered.bytes)]);
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(profiles.splice(0).map(removeProfile));
});

afterAll(async () => {
  await server?.close();
  if (fileDir) await rm(fileDir, { recursive: true, force: true });
});

describe('a panel member imports an exercise package in Chromium', () => {
  it('imports the demo package after the fingerprint is confirmed, and refuses a tampered copy with its reason, storing nothing', async () => {
    const profile = await newProfileDir();
    profiles.push(profile);
    const session = await launchBrowser(profile);
    sessions.push(session);
    const { page, problems } = session;
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(server.url);

    await chooseFile(page, genuinePath);
    const fingerprint = page.getByLabel(/^Secretariat key fingerprint/);
    await fingerprint.waitFor({ timeout: 60_000 });
    await expect(fingerprint.textContent()).resolves.toBe(fingerprintOf(demo.exercise.secretariat.publicKey));
    await screenshots(page, 'member-import-confirm');
    // The package was checked off the main thread.
    expect(workers.some((url) => url.includes('verify-worker'))).toBe(true);
    expect((await storedState(page)).exercises).toEqual([]);
    await page.getByRole('button', { name: 'Confirm: the fingerprint matches' }).click();
    await page.getByRole('heading', { name: 'Before the interviews' }).waitFor();
    await page.getByRole('heading', { name: demo.exercise.title, level: 1 }).waitFor();
    const afterImport = await storedState(page);
    expect(afterImport.exercises).toEqual([`member:${demo.exercise.exerciseId} ${demo.exerciseHash}`]);
    expect(afterImport.documents.length).toBe(
      demo.exercise.candidates.flatMap((c) => c.documents ?? []).length,
    );

    await page.getByRole('button', { name: 'Import package' }).click();
    await chooseFile(page, tamperedPath);
    const refusal = page.getByRole('alert');
    await refusal.waitFor({ timeout: 60_000 });
    const reason = await refusal.textContent();
    expect(reason).toContain(`tampered-${demo.packageFileName}`);
    expect(reason).toContain(tamperedDocument);
    expect(reason).toContain('Nothing was stored.');
    await screenshots(page, 'member-import-tampered');
    expect(await storedState(page)).toEqual(afterImport);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('stores the documents of a picked package as Blobs, deflated ones still packed, byte for byte, and the dossier renders them with pdf.js', async () => {
    const { page, problems } = await importedInNewProfile(genuinePath);
    const stored =
      await page.evaluate<{ path: string; blob: boolean; packed: boolean; emptyBytes: boolean; intact: boolean }[]>(
        STORED_BLOBS,
      );
    const listed = demo.exercise.candidates.flatMap((c) => c.documents ?? []);
    expect(stored.map((d) => d.path).sort()).toEqual(listed.map((d) => d.path).sort());
    expect(stored.filter((d) => !(d.blob && d.emptyBytes && d.intact))).toEqual([]);
    // The demo package deflates its CVs: each is kept packed (never held unpacked by the import).
    expect(stored.filter((d) => !d.packed)).toEqual([]);

    const candidate = demo.exercise.candidates.find((c) =>
      (c.documents ?? []).some((d) => d.mediaType === 'application/pdf'),
    )!;
    await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click();
    await page.getByRole('radio', { name: /Khamphet Vongsavath/ }).check();
    await page.getByRole('button', { name: 'I am Mr. Khamphet Vongsavath' }).click();
    await page.getByRole('button', { name: candidate.name, exact: true }).click();
    await page.getByRole('button', { name: 'Read the dossier' }).click();
    await page.locator('.pdf-viewer__page canvas:not([data-rendered="0"])').waitFor({ timeout: 60_000 });
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  it('checks a large deflated document as it unpacks, and stores it packed and intact', async () => {
    const large = await largeDeflatedPackage();
    const file = join(fileDir, 'large-deflated.panelpkg');
    await writeFile(file, large.bytes);
    expect(large.bytes.length).toBeLessThan(9 * 1024 * 1024);
    const { page, problems } = await importedInNewProfile(file);
    const stored = await page.evaluate<{ path: string; packed: boolean; intact: boolean }[]>(STORED_BLOBS);
    expect(stored.find((d) => d.path === large.path)).toMatchObject({ packed: true, intact: true });
    expect(stored.filter((d) => !d.intact)).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
