import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { INLINE_SCRIPT_RUNS, countRowsScript } from './page-scripts';
import { CONTENT_SECURITY_POLICY, type StaticServer, startServer } from './serve.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const DEMO_TITLE = 'Director, Implementation Support Unit (DEMO)';

let server: StaticServer;
const sessions: BrowserSession[] = [];
const profiles: string[] = [];

async function freshBrowser(profile?: string): Promise<BrowserSession> {
  const dir = profile ?? (await newProfileDir());
  if (!profiles.includes(dir)) profiles.push(dir);
  const session = await launchBrowser(dir);
  sessions.push(session);
  return session;
}

async function closeAll(): Promise<void> {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
}

/** Rows per table in the page's `panelscore` IndexedDB database. */
function countRows(page: Page, stores: string[]): Promise<Record<string, number>> {
  return page.evaluate<Record<string, number>>(countRowsScript(stores));
}

async function screenshots(page: Page, name: string): Promise<void> {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SCREENSHOTS}${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${SCREENSHOTS}${name}-1280-full-page.png`, fullPage: true });
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await startServer();
});

afterEach(async () => {
  await closeAll();
  await Promise.all(profiles.splice(0).map(removeProfile));
});

afterAll(async () => {
  await closeAll();
  await server?.close();
});

describe('the app shell in Chromium', () => {
  it('opens on the role choice with no console errors and no CSP violations', async () => {
    const { page, problems } = await freshBrowser();
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('What is your part in this selection?');
    for (const role of ['Panel member', 'Secretariat', 'Debrief']) {
      expect(await page.getByRole('button', { name: role, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Open the demo exercise' }).isEnabled()).toBe(true);
    await screenshots(page, 'start');
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });

  it('enforces its Content-Security-Policy: injected inline script does not run', async () => {
    const { page, problems } = await freshBrowser();
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const ran = await page.evaluate(INLINE_SCRIPT_RUNS);
    expect(ran).toBe(false);
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
  });

  it('stores the demo exercise in IndexedDB and still shows it after a reload and a browser restart', async () => {
    const first = await freshBrowser();
    const { page } = first;
    await page.goto(server.url);
    await page.getByLabel('Open it as').selectOption({ label: 'Panel member' });
    await page.getByRole('button', { name: 'Open the demo exercise' }).click();

    const title = page.getByRole('heading', { name: DEMO_TITLE, level: 1 });
    await title.waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { name: /^Candidates \(5\)$/ }).count()).toBe(1);
    expect(await countRows(page, ['workspaces', 'exercises', 'documents'])).toEqual({ workspaces: 1, exercises: 1, documents: 5 });
    await screenshots(page, 'member-demo');

    await page.reload();
    await title.waitFor();
    expect(await page.getByRole('heading', { name: 'Before the interviews' }).count()).toBe(1);

    await first.close();
    const second = await freshBrowser(first.userDataDir);
    await second.page.goto(server.url);
    await second.page.getByRole('heading', { name: DEMO_TITLE, level: 1 }).waitFor();
    expect(await countRows(second.page, ['workspaces', 'exercises', 'documents'])).toEqual({ workspaces: 1, exercises: 1, documents: 5 });
    expect(first.problems).toEqual({ errors: [], cspViolations: [] });
    expect(second.problems).toEqual({ errors: [], cspViolations: [] });
  });

  it('opens the demo for the secretariat and the debrief in workspaces of their own', async () => {
    const { page, problems } = await freshBrowser();
    await page.goto(server.url);
    for (const [role, heading] of [
      ['Secretariat', 'The exercise as issued'],
      ['Debrief', 'The debrief meeting'],
    ] as const) {
      await page.getByRole('button', { name: 'Panelscore' }).click();
      await page.getByLabel('Open it as').selectOption({ label: role });
      await page.getByRole('button', { name: 'Open the demo exercise' }).click();
      await page.getByRole('heading', { name: heading }).waitFor({ timeout: 60_000 });
      await screenshots(page, `${role.toLowerCase()}-demo`);
    }
    expect(await countRows(page, ['workspaces', 'exercises'])).toEqual({ workspaces: 2, exercises: 2 });
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });
});
