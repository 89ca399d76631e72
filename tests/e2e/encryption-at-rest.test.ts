// Encryption at rest in real Chromium: a member turns encryption on, scores the demo and writes a
// distinctive evidence note, locks, closes the browser; no file of the profile holds a candidate's
// name or the note. A control profile without encryption shows the same search does find them.

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, buildDemo } from '../../core/demo';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { PROGRAM_CACHES, filesContaining } from './profile-files';
import { type StaticServer, startServer } from './serve.mjs';

const MEMBER = 'Mr. Khamphet Vongsavath';
const PASSPHRASE = 'marmalade quartz lantern ferry';
const NEW_PASSPHRASE = 'juniper anvil cobalt meadow';
const NOTE = 'Zephyrine-check: described the 2019 arrears plan in detail';

let server: StaticServer;
let demo: Demo;
const sessions: BrowserSession[] = [];
const profiles: string[] = [];

async function browserOn(profile: string): Promise<BrowserSession> {
  if (!profiles.includes(profile)) profiles.push(profile);
  const session = await launchBrowser(profile);
  sessions.push(session);
  return session;
}

async function closeAll(): Promise<void> {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
}

/** Every file under `dir` holding `bytes` (raw). */
async function filesWithBytes(dir: string, bytes: Buffer): Promise<string[]> {
  const hits: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path).catch(() => Buffer.alloc(0))).includes(bytes)) hits.push(relative(dir, path));
  }
  return hits;
}

/** Turns encryption at rest on from the start screen with PASSPHRASE; waits until it is on. */
async function turnOnEncryption(page: Page): Promise<void> {
  await page.getByLabel('New passphrase').fill(PASSPHRASE);
  await page.getByLabel('Type it again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Turn on encryption' }).click();
  await page.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 60_000 });
}

async function openDemoAsMember(page: Page): Promise<void> {
  await page.getByLabel('Open it as').selectOption({ label: 'Panel member' });
  await page.getByRole('button', { name: 'Open the demo exercise' }).click();
  await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click({ timeout: 60_000 });
  await page.getByRole('radio', { name: new RegExp(MEMBER) }).check();
  await page.getByRole('button', { name: `I am ${MEMBER}` }).click();
  await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
}

/** Scores the first candidate's first competency 4 and writes the note under it; waits for "Saved". */
async function scoreAndNote(page: Page): Promise<void> {
  const candidate = demo.exercise.candidates[0];
  const criterion = demo.exercise.criteria[0];
  await page.getByRole('button', { name: candidate.name, exact: true }).click();
  await page
    .getByRole('group', { name: `Your score for ${criterion.name}` })
    .getByRole('radio')
    .first()
    .focus();
  await page.keyboard.press('4');
  await page.getByLabel(`Evidence notes for ${criterion.name}`).first().fill(NOTE);
  await page.locator('[data-save-state="saved"]').waitFor();
}

beforeAll(async () => {
  [server, demo] = await Promise.all([startServer(), buildDemo()]);
});

afterEach(async () => {
  await closeAll();
  await Promise.all(profiles.splice(0).map(removeProfile));
});

afterAll(async () => {
  await server?.close();
});

describe('encryption at rest in Chromium', () => {
  it('imports a package file while encrypted: its documents are sealed with their rows, and the dossier reads them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'panelscore-sealed-import-'));
    try {
      const file = join(dir, demo.packageFileName);
      await writeFile(file, demo.packageBytes);
      const profile = await newProfileDir();
      const { page, problems } = await browserOn(profile);
      await page.goto(server.url);
      await turnOnEncryption(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Import a package' }).first().click(),
      ]);
      await chooser.setFiles(file);
      await page.getByRole('button', { name: 'Confirm: the fingerprint matches' }).click({ timeout: 60_000 });
      await page.getByRole('heading', { name: 'Before the interviews' }).waitFor({ timeout: 60_000 });
      expect(await page.evaluate('indexedDB.databases().then((all) => all.map((d) => d.name).sort())')).toEqual([
        'panelscore-sealed',
        'panelscore-vault',
      ]);
      await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click();
      await page.getByRole('radio', { name: new RegExp(MEMBER) }).check();
      await page.getByRole('button', { name: `I am ${MEMBER}` }).click();
      await page.getByRole('button', { name: demo.exercise.candidates[0].name, exact: true }).click();
      await page.getByRole('button', { name: 'Read the dossier' }).click();
      await page.locator('.pdf-viewer__page canvas:not([data-rendered="0"])').waitFor({ timeout: 60_000 });
      expect(problems).toEqual({ errors: [], cspViolations: [] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves no candidate name, score note or key readable in the profile once locked, and gives it all back on unlock', async () => {
    const profile = await newProfileDir();
    const { page, problems } = await browserOn(profile);
    await page.goto(server.url);
    await turnOnEncryption(page);
    await openDemoAsMember(page);
    await scoreAndNote(page);
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Panelscore is locked' }).waitFor();
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    await closeAll();

    const names = demo.exercise.candidates.map((c) => c.name);
    // `evidence` is the field name of a score row: in clear only where a score row is in clear.
    const hits = await filesContaining(profile, [...names, NOTE, MEMBER, 'evidence']);
    expect(hits.filter((hit) => hit.text === NOTE)).toEqual([]);
    expect(hits.filter((hit) => !PROGRAM_CACHES.some((dir) => `${sep}${hit.file}`.includes(dir)))).toEqual(
      [],
    );

    const again = await browserOn(profile);
    await again.page.goto(server.url);
    await again.page.getByLabel('Passphrase', { exact: true }).fill('marmalade quartz lantern');
    await again.page.getByRole('button', { name: 'Unlock' }).click();
    await expect
      .poll(() => again.page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toMatch(/does not unlock.*Nothing was changed/);
    await again.page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await again.page.getByRole('button', { name: 'Unlock' }).click();
    await again.page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });
    // No plain database and no plain key store left: the signing key lives sealed in the encrypted one.
    const databases = await again.page.evaluate(
      'indexedDB.databases().then((all) => all.map((d) => d.name).sort())',
    );
    expect(databases).toEqual(['panelscore-sealed', 'panelscore-vault']);
    await again.page.getByRole('button', { name: 'Panelscore' }).click();
    await again.page
      .getByRole('region', { name: 'Continue where you left off' })
      .getByRole('button', { name: /DEMO/ })
      .click();
    const candidate = demo.exercise.candidates[0];
    const criterion = demo.exercise.criteria[0];
    await again.page.getByRole('button', { name: candidate.name, exact: true }).click();
    await again.page
      .getByRole('group', { name: `Your score for ${criterion.name}: 4`, exact: true })
      .waitFor();
    expect(await again.page.getByLabel(`Evidence notes for ${criterion.name}`).first().inputValue()).toBe(
      NOTE,
    );
    expect(again.problems).toEqual({ errors: [], cspViolations: [] });
  });

  it('clears work done before encryption was turned on out of the profile files, key included', async () => {
    const profile = await newProfileDir();
    const { page, problems } = await browserOn(profile);
    await page.goto(server.url);
    await openDemoAsMember(page);
    await scoreAndNote(page);
    // The member's private key as the plain key store holds it (PKCS#8; its last 32 bytes are the seed).
    const pkcs8: number[][] = await page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('panelscore-keys');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('keys').objectStore('keys').getAll();
        all.onsuccess = () => { resolve(all.result.map((k) => Array.from(k.pkcs8))); open.result.close(); };
      };
    })`);
    expect(pkcs8).toHaveLength(1);
    const seed = Buffer.from(pkcs8[0].slice(-32));
    await page.getByRole('button', { name: 'Panelscore' }).click();
    await page.getByLabel('New passphrase').fill(PASSPHRASE);
    await page.getByLabel('Type it again').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Turn on encryption' }).click();
    await page.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 90_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Panelscore is locked' }).waitFor();
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    await closeAll();

    const hits = await filesContaining(profile, [
      ...demo.exercise.candidates.map((c) => c.name),
      NOTE,
      MEMBER,
      'evidence',
    ]);
    expect(hits.filter((hit) => !PROGRAM_CACHES.some((dir) => `${sep}${hit.file}`.includes(dir)))).toEqual(
      [],
    );
    expect(await filesWithBytes(profile, seed)).toEqual([]);

    const again = await browserOn(profile);
    await again.page.goto(server.url);
    await again.page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await again.page.getByRole('button', { name: 'Unlock' }).click();
    await again.page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });
    const databases = await again.page.evaluate(
      'indexedDB.databases().then((all) => all.map((d) => d.name).sort())',
    );
    expect(databases).toEqual(['panelscore-sealed', 'panelscore-vault']);
    await again.page.getByRole('button', { name: 'Panelscore' }).click();
    await again.page
      .getByRole('region', { name: 'Continue where you left off' })
      .getByRole('button', { name: /DEMO/ })
      .click();
    await again.page.getByRole('button', { name: demo.exercise.candidates[0].name, exact: true }).click();
    expect(
      await again.page
        .getByLabel(`Evidence notes for ${demo.exercise.criteria[0].name}`)
        .first()
        .inputValue(),
    ).toBe(NOTE);
  });

  it('changes the passphrase: after locking, the new one unlocks the same work and the old one is refused', async () => {
    const profile = await newProfileDir();
    const { page, problems } = await browserOn(profile);
    await page.goto(server.url);
    await turnOnEncryption(page);
    await openDemoAsMember(page);
    await scoreAndNote(page);
    await page.getByRole('button', { name: 'Panelscore' }).click();

    await page.getByRole('button', { name: 'Change passphrase…' }).click();
    await page.getByLabel('Current passphrase').fill(PASSPHRASE);
    await page.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
    await page.getByLabel('Type it again').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
    await page.getByText(/The passphrase is changed/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Panelscore is locked' }).waitFor();

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 })
      .toMatch(/does not unlock.*Nothing was changed/);
    await page.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Panelscore' }).click();
    await page
      .getByRole('region', { name: 'Continue where you left off' })
      .getByRole('button', { name: /DEMO/ })
      .click();
    await page.getByRole('button', { name: demo.exercise.candidates[0].name, exact: true }).click();
    expect(await page.getByLabel(`Evidence notes for ${demo.exercise.criteria[0].name}`).first().inputValue()).toBe(NOTE);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });

  it('finds the names and the note in a profile without encryption (the search works)', async () => {
    const profile = await newProfileDir();
    const { page } = await browserOn(profile);
    await page.goto(server.url);
    await openDemoAsMember(page);
    await scoreAndNote(page);
    await closeAll();
    const hits = await filesContaining(profile, [demo.exercise.candidates[1].name, NOTE, 'evidence']);
    const outsideCaches = hits.filter(
      (hit) => !PROGRAM_CACHES.some((dir) => `${sep}${hit.file}`.includes(dir)),
    );
    expect(new Set(outsideCaches.map((hit) => hit.text))).toEqual(
      new Set([NOTE, 'evidence', demo.exercise.candidates[1].name]),
    );
    expect(outsideCaches.some((hit) => hit.file.includes('IndexedDB'))).toBe(true);
  });
});
