// A full disk in real Chromium: the DevTools protocol shrinks the origin's storage quota to
// nothing (Storage.overrideQuotaForOrigin), the member keeps scoring, and nothing saved is lost.

import type { CDPSession } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openDemoAsMember } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { screenshot } from './flows/screenshots';

const fx = useServerAndBrowser({ demo: true });

/** The member's stored scores for one candidate, read from IndexedDB without the app's code. */
function storedScoresScript(workspaceId: string, candidateId: string): string {
  return `new Promise((resolve, reject) => {
    const open = indexedDB.open('panelscore');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const database = open.result;
      const request = database.transaction('scores').objectStore('scores').index('[workspaceId+candidateId]').getAll([${JSON.stringify(workspaceId)}, ${JSON.stringify(candidateId)}]);
      request.onsuccess = () => {
        database.close();
        resolve(Object.fromEntries(request.result.map((r) => [r.criterionId, { score: r.score, evidence: r.evidence ?? '' }])));
      };
    };
  })`;
}

async function setQuota(cdp: CDPSession, quotaSize: number | undefined): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(fx.server().url).origin, ...(quotaSize === undefined ? {} : { quotaSize }) });
}

describe('scoring when the disk is full', () => {
  it('says the change is not saved and why, keeps the last saved score, and saves once there is room again', async () => {
    const session = await fx.launch();
    const { page } = session;
    const { exercise } = fx.demo();
    const [criterion, second] = exercise.criteria;
    const candidate = exercise.candidates[0];
    const workspaceId = `member:${exercise.exerciseId}`;
    await openDemoAsMember(page, fx.server().url);
    await page.getByRole('button', { name: candidate.name, exact: true }).click();
    const choices = page.getByRole('group', { name: new RegExp(`^Your score for ${criterion.name}`) });
    await choices.getByRole('radio').first().focus();
    await page.keyboard.press('2');
    await page.locator('[data-save-state="saved"]').waitFor();

    const cdp = await page.context().newCDPSession(page);
    await setQuota(cdp, 1);
    // Chromium caches an open database's free space for up to 30 s; closing every connection for
    // longer than its 2 s grace period makes the next open see the new quota at once.
    await page.goto('about:blank');
    await page.waitForTimeout(3_000);
    await page.goto(fx.server().url);
    await page.getByRole('button', { name: candidate.name, exact: true }).click();
    await choices.getByRole('radio').first().focus();
    await page.keyboard.press('5');
    await page.getByLabel(`Evidence notes for ${second.name}`).fill('Answered with two concrete examples');
    const status = page.locator('[data-save-state="failed"]');
    await status.waitFor({ timeout: 15_000 });
    expect(await status.textContent()).toMatch(/^Not saved: the disk is full.*Free space on this computer.*then keep working/);
    await screenshot(page, 'storage-full-not-saved');
    // The screen keeps what the member chose; the database keeps the last saved value.
    expect(await page.getByRole('group', { name: `Your score for ${criterion.name}: 5`, exact: true }).count()).toBe(1);
    expect(await page.evaluate(storedScoresScript(workspaceId, candidate.id))).toEqual({ [criterion.id]: { score: 2, evidence: '' } });
    // While the disk stays full, retrying keeps failing and never claims "Saved".
    await page.waitForTimeout(2_500);
    expect(await page.locator('[data-save-state]').getAttribute('data-save-state')).toBe('failed');

    await setQuota(cdp, undefined);
    await page.locator('[data-save-state="saved"]').waitFor({ timeout: 15_000 });
    expect(await page.evaluate(storedScoresScript(workspaceId, candidate.id))).toEqual({
      [criterion.id]: { score: 5, evidence: '' },
      [second.id]: { score: null, evidence: 'Answered with two concrete examples' },
    });
    await page.reload();
    await page.getByRole('button', { name: candidate.name, exact: true }).click();
    await page.getByRole('group', { name: `Your score for ${criterion.name}: 5`, exact: true }).waitFor();
    expect(await page.getByLabel(`Evidence notes for ${second.name}`).inputValue()).toBe('Answered with two concrete examples');
    expect(session.problems.cspViolations).toEqual([]);
  });
});
