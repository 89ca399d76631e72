import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_TITLE, openDemo } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { screenshots } from './flows/screenshots';
import { INLINE_SCRIPT_RUNS, countRowsScript } from './page-scripts';
import { CONTENT_SECURITY_POLICY } from './serve.mjs';

const fx = useServerAndBrowser();

/** Rows per table in the page's `panelscore` IndexedDB database. */
function countRows(page: Page, stores: string[]): Promise<Record<string, number>> {
  return page.evaluate<Record<string, number>>(countRowsScript(stores));
}

describe('the app shell in Chromium', () => {
  it('opens on the role choice with no console errors and no CSP violations', async () => {
    const { page, problems } = await fx.launch();
    const response = await page.goto(fx.server().url);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('What is your part in this selection?');
    for (const role of ['Panel member', 'Secretariat', 'Debrief']) {
      expect(await page.getByRole('button', { name: role, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: 'Open the demo exercise' }).isEnabled()).toBe(true);
    await screenshots(page, 'start', { fullPage: true });
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });

  it('enforces its Content-Security-Policy: injected inline script does not run', async () => {
    const { page, problems } = await fx.openApp();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const ran = await page.evaluate(INLINE_SCRIPT_RUNS);
    expect(ran).toBe(false);
    await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
  });

  it('stores the demo exercise in IndexedDB and still shows it after a reload and a browser restart', async () => {
    const first = await fx.openApp();
    const { page } = first;
    await openDemo(page, 'Panel member');

    const title = page.getByRole('heading', { name: DEMO_TITLE, level: 1 });
    await title.waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { name: /^Candidates \(5\)$/ }).count()).toBe(1);
    expect(await countRows(page, ['workspaces', 'exercises', 'documents'])).toEqual({ workspaces: 1, exercises: 1, documents: 5 });
    await screenshots(page, 'member-demo', { fullPage: true });

    await page.reload();
    await title.waitFor();
    expect(await page.getByRole('heading', { name: 'Before the interviews' }).count()).toBe(1);

    await first.close();
    const second = await fx.openApp({ profile: first.userDataDir });
    await second.page.getByRole('heading', { name: DEMO_TITLE, level: 1 }).waitFor();
    expect(await countRows(second.page, ['workspaces', 'exercises', 'documents'])).toEqual({ workspaces: 1, exercises: 1, documents: 5 });
    expect(first.problems).toEqual({ errors: [], cspViolations: [] });
    expect(second.problems).toEqual({ errors: [], cspViolations: [] });
  });

  it('opens the demo for the secretariat and the debrief in workspaces of their own', async () => {
    const { page, problems } = await fx.openApp();
    for (const [role, heading] of [
      ['Secretariat', 'The exercise as issued'],
      ['Debrief', 'The debrief meeting'],
    ] as const) {
      await page.getByRole('button', { name: 'Panelscore' }).click();
      await openDemo(page, role);
      await page.getByRole('heading', { name: heading }).waitFor({ timeout: 60_000 });
      await screenshots(page, `${role.toLowerCase()}-demo`, { fullPage: true });
    }
    expect(await countRows(page, ['workspaces', 'exercises'])).toEqual({ workspaces: 2, exercises: 2 });
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });
});
