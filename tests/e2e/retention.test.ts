// Closing an exercise in real Chromium: after the member exported their sheet, "close this
// exercise" leaves no row of it in IndexedDB, no signing key, nothing in localStorage, and no
// candidate name or note in the profile's files on disk (the deleted rows are scrubbed out).

import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, buildDemo } from '../../core/demo';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { countRowsScript } from './page-scripts';
import { filesContaining, outsideProgramCaches } from './profile-files';
import { type StaticServer, startServer } from './serve.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const MEMBER = 'Mr. Khamphet Vongsavath';
const NOTE = 'Quillmoor-check: costed the relocation of the registry';

let server: StaticServer;
let demo: Demo;
const sessions: BrowserSession[] = [];
const profiles: string[] = [];

/** Every object store of the app database with its row count. */
const STORE_NAMES = `new Promise((resolve) => {
  const open = indexedDB.open('panelscore');
  open.onsuccess = () => { const names = [...open.result.objectStoreNames]; open.result.close(); resolve(names); };
})`;

/** Rows in the browser key store (workspace signing keys). */
const KEY_COUNT = `new Promise((resolve) => {
  const open = indexedDB.open('panelscore-keys');
  open.onsuccess = () => {
    const database = open.result;
    if (!database.objectStoreNames.contains('keys')) { database.close(); resolve(0); return; }
    const request = database.transaction('keys').objectStore('keys').count();
    request.onsuccess = () => { database.close(); resolve(request.result); };
  };
})`;

async function rowCounts(page: Page): Promise<Record<string, number>> {
  const names = await page.evaluate<string[]>(STORE_NAMES);
  return page.evaluate<Record<string, number>>(countRowsScript(names));
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, demo] = await Promise.all([startServer(), buildDemo()]);
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(profiles.splice(0).map(removeProfile));
});

afterAll(async () => {
  await server?.close();
});

describe('closing an exercise', () => {
  it('warns before the sheet is exported, then after the export deletes every trace of the demo exercise', async () => {
    const profile = await newProfileDir();
    profiles.push(profile);
    const session = await launchBrowser(profile);
    sessions.push(session);
    const { page } = session;
    const exerciseId = demo.exercise.exerciseId;
    const candidate = demo.exercise.candidates[0];

    await page.goto(server.url);
    await page.getByLabel('Open it as').selectOption({ label: 'Panel member' });
    await page.getByRole('button', { name: 'Open the demo exercise' }).click();
    await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click({ timeout: 60_000 });
    await page.getByRole('radio', { name: new RegExp(MEMBER) }).check();
    await page.getByRole('button', { name: `I am ${MEMBER}` }).click();
    await page.getByRole('button', { name: candidate.name, exact: true }).click();
    await page.getByRole('group', { name: /^Your score for/ }).first().getByRole('radio').first().focus();
    await page.keyboard.press('3');
    await page.getByLabel(/^Evidence notes for/).first().fill(NOTE);
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.getByRole('button', { name: '← All candidates' }).click();

    const panel = page.getByRole('region', { name: 'This exercise’s data on this computer' });
    await panel.locator('[data-storage-persistence]:not([data-storage-persistence="asking"])').waitFor();
    expect(await panel.locator('[data-storage-persistence]').textContent()).toMatch(/^Storage is (not )?persistent/);
    await panel.getByRole('button', { name: 'Close this exercise…' }).click();
    await panel.getByText('You have not exported a score sheet from this exercise yet. Export first').waitFor();
    await panel.getByRole('button', { name: 'Keep the exercise' }).click();

    await page.getByRole('button', { name: 'Export score sheet' }).click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sign and save revision 1' }).click()]);
    await page.getByText(/Revision 1 is signed and saved/).waitFor();
    const before = await rowCounts(page);
    expect(before.scores).toBeGreaterThan(0);
    expect(before.documents).toBeGreaterThan(0);
    const names = demo.exercise.candidates.map((c) => c.name);
    // The search works: while the exercise is open, its note and candidates are in the profile's files.
    const hitsBefore = outsideProgramCaches(await filesContaining(profile, [NOTE, candidate.name]));
    expect(new Set(hitsBefore.map((hit) => hit.text))).toEqual(new Set([NOTE, candidate.name]));
    expect(await page.evaluate<number>(KEY_COUNT)).toBe(1);

    await panel.getByRole('button', { name: 'Close this exercise…' }).click();
    await panel.getByText(/Score sheet revision 1 was exported on/).waitFor();
    const confirm = panel.getByRole('button', { name: `Delete every trace of ${exerciseId}` });
    await panel.getByLabel(`Type the exercise id, ${exerciseId}, to confirm`).fill(exerciseId.slice(0, -1));
    expect(await confirm.isDisabled()).toBe(true);
    await panel.getByLabel(`Type the exercise id, ${exerciseId}, to confirm`).fill(exerciseId);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}retention-close-exercise.png` });
    await confirm.click();

    await page.getByRole('heading', { name: 'Panel member', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Clearing the closed exercise out of this computer’s storage files' }).waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}retention-scrubbing.png` });
    await page.getByText('The closed exercise is cleared out of this computer’s storage files as well.').waitFor({ timeout: 60_000 });
    const after = await rowCounts(page);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(await page.evaluate<number>(KEY_COUNT)).toBe(0);
    expect(await page.evaluate<string>('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })')).not.toContain(exerciseId);
    expect(await page.getByRole('button').filter({ hasText: demo.exercise.title }).count()).toBe(0);
    expect(session.problems).toEqual({ errors: [], cspViolations: [] });

    await Promise.all(sessions.splice(0).map((s) => s.close()));
    expect(outsideProgramCaches(await filesContaining(profile, [NOTE, MEMBER, ...names]))).toEqual([]);
  });
});
