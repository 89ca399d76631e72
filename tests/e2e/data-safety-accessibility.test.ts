// axe-core on the screens that keep a workspace's data safe: turning encryption on, the locked
// screen, changing the passphrase, backups, and closing an exercise. Each check runs with the
// screen's main button hovered, since hover colours must pass contrast too.

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './axe';
import { DEMO_TITLE, openDemo } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { screenshots } from './flows/screenshots';

const fixture = useServerAndBrowser();

const PASSPHRASE = 'harbour violet kettle sparrow';
const NEW_PASSPHRASE = 'copper meadow lantern orbit';

/** axe on the page as it is, with the main button of `scope` hovered when it has one. */
async function checkScreen(page: Page, label: string, scope: Locator = page.locator('body')): Promise<void> {
  const primary = scope.locator('.button--primary:visible:not([disabled])').first();
  if ((await primary.count()) > 0) await primary.hover();
  await expectNoSeriousViolations(page, label);
}

describe('the data-safety screens pass axe-core', () => {
  it('has no serious violation while encryption is turned on, locked, unlocked, re-keyed, and a backup and a closing are prepared', async () => {
    const { page, problems } = await fixture.openApp();
    await page.getByLabel('Open it as').waitFor({ timeout: 60_000 });
    await openDemo(page, 'Secretariat');
    await page.getByRole('heading', { name: DEMO_TITLE, level: 1 }).waitFor({ timeout: 60_000 });

    // Closing an exercise: the typed confirmation, from the exercise's own data panel.
    const dataPanel = page.getByRole('region', { name: 'This exercise’s data on this computer' });
    await dataPanel.getByRole('button', { name: 'Close this exercise…' }).click();
    await checkScreen(page, 'the close-this-exercise confirmation', dataPanel);
    await screenshots(page, 'a11y-close-exercise');
    await dataPanel.getByRole('button', { name: 'Keep the exercise' }).click();

    await page.getByRole('button', { name: 'Panelscore' }).click();
    const encryption = page.getByRole('region', { name: 'Protect this computer’s data with a passphrase' });
    await encryption.getByLabel('New passphrase').fill(PASSPHRASE);
    await encryption.getByLabel('Type it again').fill(PASSPHRASE);
    await checkScreen(page, 'the form that turns encryption on', encryption);
    await encryption.getByRole('button', { name: 'Turn on encryption' }).click();
    await encryption.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 90_000 });
    await checkScreen(page, 'the encryption panel with encryption on', encryption);

    await encryption.getByRole('button', { name: 'Change passphrase…' }).click();
    await encryption.getByLabel('Current passphrase').fill(PASSPHRASE);
    await encryption.getByLabel('New passphrase').fill(NEW_PASSPHRASE);
    await encryption.getByLabel('Type it again').fill(NEW_PASSPHRASE);
    await checkScreen(page, 'the change-passphrase form', encryption);
    await screenshots(page, 'a11y-change-passphrase');
    await encryption.getByRole('button', { name: 'Change passphrase', exact: true }).click();
    await page.getByText(/The passphrase is changed/).waitFor({ timeout: 90_000 });

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Panelscore is locked' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(NEW_PASSPHRASE);
    await checkScreen(page, 'the locked screen');
    await screenshots(page, 'a11y-locked');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 90_000 });

    const backups = page.getByRole('region', { name: 'Backups' });
    await backups.getByRole('button', { name: `Back up ${DEMO_TITLE} (Secretariat)` }).click();
    await backups.getByLabel('Passphrase for this backup file').fill(PASSPHRASE);
    await backups.getByLabel('Type it again').fill(PASSPHRASE);
    await checkScreen(page, 'the backup form', backups);
    await screenshots(page, 'a11y-backup');

    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 240_000);
});
