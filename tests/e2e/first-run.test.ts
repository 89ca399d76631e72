import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_MEMBER } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { chooseIdentity } from './flows/member';
import { screenshots } from './flows/screenshots';
import { countRowsScript } from './page-scripts';

const STORES = ['workspaces', 'exercises', 'documents', 'scores', 'candidateNotes', 'editLog', 'exportedSheets', 'sheets', 'trust', 'debrief'];

const fx = useServerAndBrowser();

/** Rows left in the app's tables (settings aside: they hold preferences, not exercise data). */
async function rowsLeft(page: Page): Promise<number> {
  const counts = await page.evaluate<Record<string, number>>(countRowsScript(STORES));
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

describe('the first run in Chromium', () => {
  it('welcomes, takes a role, opens the demo, resets it, and is back to a clean start', async () => {
    // A fresh profile: the welcome, with the role question and the demo.
    const { page, problems } = await fx.openApp();
    const welcome = page.getByRole('region', { name: 'Welcome to Panelscore' });
    await welcome.waitFor();
    await screenshots(page, 'first-run-welcome');

    // Picking a role without an exercise: the workspace says what to do next.
    await page.getByRole('button', { name: 'Panel member', exact: true }).click();
    const empty = page.getByRole('region', { name: 'No exercise package yet' });
    await empty.waitFor();
    expect(await empty.textContent()).toMatch(/\.panelpkg/);
    await screenshots(page, 'first-run-member-empty');

    // Back to the start: the demo as a panel member, from the welcome.
    await page.getByRole('button', { name: 'Change role' }).click();
    await welcome.getByRole('button', { name: /Try it as a panel member/ }).click();
    await chooseIdentity(page, DEMO_MEMBER);
    await screenshots(page, 'first-run-demo');
    expect(await rowsLeft(page)).toBeGreaterThan(0);

    // Reset the demo from the start screen: the welcome comes back and no row is left.
    await page.getByRole('button', { name: 'Change role' }).click();
    expect(await welcome.count()).toBe(0);
    const reset = page.getByRole('region', { name: 'Reset the demo' });
    await reset.getByRole('button', { name: 'Reset the demo…' }).click();
    await screenshots(page, 'first-run-reset-confirm');
    await reset.getByRole('button', { name: 'Yes, delete the demo’s workspaces' }).click();
    await page.getByText(/The demo was reset/).waitFor();
    await welcome.waitFor();
    await expect.poll(() => rowsLeft(page)).toBe(0);
    await screenshots(page, 'first-run-clean');

    // And it stays clean after a reload.
    await page.reload();
    await welcome.waitFor();
    expect(await page.getByRole('region', { name: 'Continue where you left off' }).count()).toBe(0);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  }, 180_000);
});
