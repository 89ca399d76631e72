import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { countRowsScript } from './page-scripts';
import { type StaticServer, startServer } from './serve.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const MEMBER = 'Mr. Khamphet Vongsavath';
const STORES = ['workspaces', 'exercises', 'documents', 'scores', 'candidateNotes', 'editLog', 'exportedSheets', 'sheets', 'trust', 'debrief'];

let server: StaticServer;
const sessions: BrowserSession[] = [];
const profiles: string[] = [];

async function screenshots(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SCREENSHOTS}first-run-${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** Rows left in the app's tables (settings aside: they hold preferences, not exercise data). */
async function rowsLeft(page: Page): Promise<number> {
  const counts = await page.evaluate<Record<string, number>>(countRowsScript(STORES));
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await startServer();
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(profiles.splice(0).map(removeProfile));
});

afterAll(async () => {
  await server?.close();
});

describe('the first run in Chromium', () => {
  it('welcomes, takes a role, opens the demo, resets it, and is back to a clean start', async () => {
    const profile = await newProfileDir();
    profiles.push(profile);
    const session = await launchBrowser(profile);
    sessions.push(session);
    const { page, problems } = session;

    // A fresh profile: the welcome, with the role question and the demo.
    await page.goto(server.url);
    const welcome = page.getByRole('region', { name: 'Welcome to Panelscore' });
    await welcome.waitFor();
    await screenshots(page, 'welcome');

    // Picking a role without an exercise: the workspace says what to do next.
    await page.getByRole('button', { name: 'Panel member', exact: true }).click();
    const empty = page.getByRole('region', { name: 'No exercise package yet' });
    await empty.waitFor();
    expect(await empty.textContent()).toMatch(/\.panelpkg/);
    await screenshots(page, 'member-empty');

    // Back to the start: the demo as a panel member, from the welcome.
    await page.getByRole('button', { name: 'Change role' }).click();
    await welcome.getByRole('button', { name: /Try it as a panel member/ }).click();
    await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click({ timeout: 60_000 });
    await page.getByRole('radio', { name: new RegExp(MEMBER) }).check();
    await page.getByRole('button', { name: `I am ${MEMBER}` }).click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    await screenshots(page, 'demo');
    expect(await rowsLeft(page)).toBeGreaterThan(0);

    // Reset the demo from the start screen: the welcome comes back and no row is left.
    await page.getByRole('button', { name: 'Change role' }).click();
    expect(await welcome.count()).toBe(0);
    const reset = page.getByRole('region', { name: 'Reset the demo' });
    await reset.getByRole('button', { name: 'Reset the demo…' }).click();
    await screenshots(page, 'reset-confirm');
    await reset.getByRole('button', { name: 'Yes, delete the demo’s workspaces' }).click();
    await page.getByText(/The demo was reset/).waitFor();
    await welcome.waitFor();
    await expect.poll(() => rowsLeft(page)).toBe(0);
    await screenshots(page, 'clean');

    // And it stays clean after a reload.
    await page.reload();
    await welcome.waitFor();
    expect(await page.getByRole('region', { name: 'Continue where you left off' }).count()).toBe(0);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  }, 180_000);
});
