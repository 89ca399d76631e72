// A panel member's steps on a fresh profile: import the package (confirming the secretariat's
// fingerprint), say who they are, score by keyboard, read their key's fingerprint, export the sheet.

import type { Page } from 'playwright-core';
import { downloadFrom } from './screenshots';

/** Imports the package at `path` from the start screen; returns the secretariat fingerprint it showed, then confirms it. */
export async function importPackage(page: Page, path: string): Promise<string> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a package' }).click()]);
  await chooser.setFiles(path);
  const fingerprint = page.getByLabel(/^Secretariat key fingerprint/);
  await fingerprint.waitFor({ timeout: 60_000 });
  const shown = (await fingerprint.textContent()) ?? '';
  await page.getByRole('button', { name: 'Confirm: the fingerprint matches' }).click();
  await page.getByRole('heading', { name: 'Before the interviews' }).waitFor();
  return shown;
}

/** Says who the member is on the panel (their app makes their key), and goes to the candidates. */
export async function chooseIdentity(page: Page, memberName: string): Promise<void> {
  // Right after an import or the demo's first opening, the exercise may take a while to appear.
  await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click({ timeout: 60_000 });
  await page.getByRole('radio', { name: new RegExp(memberName) }).check();
  await page.getByRole('button', { name: `I am ${memberName}` }).click();
  await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
}

/** Scores the open candidate by keyboard only: a digit per competency, Tab to the next; waits until saved. */
export async function scoreByKeyboard(page: Page, scores: readonly number[]): Promise<void> {
  await page.getByRole('group', { name: /^Your score for/ }).first().getByRole('radio').first().focus();
  for (const score of scores) {
    await page.keyboard.press(String(score));
    // The score's clear button, the evidence notes, then the next competency's choices.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }
  await page.locator('[data-save-state="saved"]').waitFor();
}

/** Scores each candidate (by name, in list order) with its scores, one competency after another. */
export async function scoreCandidates(page: Page, scores: readonly { candidate: string; scores: readonly number[] }[]): Promise<void> {
  for (const { candidate, scores: values } of scores) {
    await page.getByRole('button', { name: 'Candidates', exact: true }).click();
    await page.getByRole('button', { name: candidate, exact: true }).click();
    await page.getByRole('heading', { name: candidate, level: 1 }).waitFor();
    await scoreByKeyboard(page, values);
  }
}

/** The fingerprint of the member's own key, as the app shows it for reading aloud. */
export async function ownKeyFingerprint(page: Page): Promise<string> {
  await page.getByRole('button', { name: /^You are / }).click();
  const label = (await page.getByLabel(/^Key fingerprint /).getAttribute('aria-label')) ?? '';
  return label.replace('Key fingerprint ', '');
}

/** Signs and saves the member's next sheet revision into `dir`; returns the path. */
export async function exportSheet(page: Page, dir: string): Promise<string> {
  await page.getByRole('button', { name: 'Export score sheet' }).click();
  await page.getByRole('list', { name: 'What the sheet holds' }).waitFor();
  const path = await downloadFrom(page, () => page.getByRole('button', { name: /^Sign and save revision \d+$/ }).click(), dir);
  await page.getByText(/Revision \d+ is signed and saved/).waitFor();
  return path;
}
