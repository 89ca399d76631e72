import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDecision } from '../../core/decision';
import { type Demo, buildDemo } from '../../core/demo';
import { parseStrictJson } from '../../core/json/strict-json';
import { mergeSheets } from '../../core/merge/merge';
import { readPackage } from '../../core/package/package';
import type { DecisionRecord } from '../../core/types';
import { expectNoSeriousViolations } from './axe';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { type StaticServer, startServer } from './serve.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const CLI = fileURLToPath(new URL('../../cli/bin/panelscore.cjs', import.meta.url));

let server: StaticServer;
let demo: Demo;
let merged: DecisionRecord;
let session: BrowserSession | undefined;
let profile: string | undefined;

/** Screenshots the view at both sizes, and checks it with axe (contrast included) at the smaller one. */
async function screenshots(page: Page, name: string): Promise<void> {
  // The report is another screen's, and the app header (language picker) the shell's: each has its own check.
  if (name !== 'report') {
    // The pointer rests on the main button, as it does after a click: its hover colours must pass too.
    const primary = page.locator('.deck .button--primary:not([disabled])').first();
    if ((await primary.count()) === 1) await primary.hover();
    await expectNoSeriousViolations(page, `the debrief's ${name} view`, { exclude: ['.app-header'] });
  }
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SCREENSHOTS}debrief-${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The heading of the view on screen: `3/11 Marit Lindqvist`. */
function viewHeading(page: Page, title: string | RegExp) {
  return page.getByRole('heading', {
    level: 2,
    name: typeof title === 'string' ? new RegExp(`^\\d+/\\d+ ${title}$`) : title,
  });
}

/** Moves focus out of any field so the deck's keys apply. */
async function leaveField(page: Page): Promise<void> {
  await page.evaluate('document.activeElement?.blur?.()');
}

/** Presses `key` until the view titled `title` shows. */
async function pressUntil(page: Page, key: string, title: string): Promise<void> {
  for (let i = 0; i < 15; i += 1) {
    if ((await viewHeading(page, title).count()) === 1) return;
    await page.keyboard.press(key);
  }
  await viewHeading(page, title).waitFor({ timeout: 2_000 });
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, demo] = await Promise.all([startServer(), buildDemo()]);
  merged = mergeSheets({
    pkg: await readPackage(demo.packageBytes),
    sheets: demo.sheets.map((s) => s.bytes),
  });
});

afterAll(async () => {
  await session?.close().catch(() => undefined);
  if (profile) await removeProfile(profile);
  await server?.close();
});

describe('the debrief of the demo exercise in Chromium', () => {
  it('walks the reveal sequence by keyboard, keeps consensus and outcome across reloads, and signs a decision that panelscore verify accepts', async () => {
    profile = await newProfileDir();
    session = await launchBrowser(profile);
    const { page, problems } = session;
    const { candidates, criteria, panel } = demo.exercise;
    const fifth = candidates[4];
    const divergence = merged.divergences.find((d) => d.candidateId === fifth.id)!;
    const criterion = criteria.find((k) => k.id === divergence.criterionId)!;

    await page.goto(server.url);
    await page.getByLabel('Open it as').selectOption({ label: 'Debrief' });
    await page.getByRole('button', { name: 'Open the demo exercise' }).click();
    await viewHeading(page, 'Score sheets received').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('row', { name: /Khamphet Vongsavath.*Not confirmed/ }).count()).toBe(1);
    await screenshots(page, 'verification');

    await page.keyboard.press('ArrowRight');
    await viewHeading(page, candidates[0].name).waitFor();
    await screenshots(page, 'candidate');
    await page.keyboard.press('5');
    await viewHeading(page, fifth.name).waitFor();
    await page.getByRole('button', { name: 'Show evidence notes' }).click();
    await page.getByRole('region', { name: 'Evidence notes' }).waitFor();
    await screenshots(page, 'candidate-evidence');
    await page.getByRole('button', { name: 'Show as table' }).click();
    await screenshots(page, 'candidate-table');
    await page.getByRole('button', { name: 'Show as chart' }).click();

    await page.getByRole('button', { name: `Agree consensus on ${criterion.name}` }).click();
    const form = page.getByRole('form', { name: `Consensus on ${criterion.name}` });
    await form.getByRole('radio', { name: '4' }).check();
    await form.getByRole('button', { name: 'Record consensus score' }).click();
    await form.getByRole('alert').filter({ hasText: 'Write the justification' }).waitFor();
    await screenshots(page, 'consensus-form');
    await form
      .getByLabel('Justification (required)')
      .fill('Both the written test and the interview show sustained engagement with States Parties.');
    await form.getByRole('button', { name: 'Record consensus score' }).click();
    await page.getByText('agreed: 4').waitFor();

    await page.reload();
    await viewHeading(page, 'Score sheets received').waitFor({ timeout: 30_000 });
    await page.keyboard.press('5');
    await viewHeading(page, fifth.name).waitFor();
    await page.getByText('agreed: 4').waitFor({ timeout: 15_000 });

    await pressUntil(page, 'PageDown', 'Comparison');
    const first = merged.candidates.find((c) => c.rank === 1)!;
    const firstName = candidates.find((c) => c.id === first.candidateId)!.name;
    expect(
      await page
        .getByRole('row', { name: new RegExp(`^1 ${firstName} ${first.panelScore!.toFixed(2)} `) })
        .count(),
    ).toBe(1);
    await screenshots(page, 'comparison');
    await page.keyboard.press('ArrowRight');
    await viewHeading(page, 'Reliability').waitFor();
    await screenshots(page, 'reliability');
    await page.keyboard.press('ArrowRight');
    await viewHeading(page, 'Consensus').waitFor();
    await page.getByRole('cell', { name: 'Both the written test' }).waitFor();
    await screenshots(page, 'consensus');
    await page.keyboard.press('PageDown');
    await viewHeading(page, 'Outcome').waitFor();

    await page.getByRole('checkbox', { name: new RegExp(firstName) }).check();
    await page
      .getByLabel('Rationale')
      .fill('Strongest on the competencies the panel weighted most, with broad agreement.');
    for (const [i, member] of panel.entries()) {
      const group = page.getByRole('radiogroup', { name: `Concurrence of ${member.name}` });
      await group.getByRole('radio', { name: i === 3 ? 'Dissents' : 'Agrees' }).check();
    }
    await page.getByLabel(`Note of ${panel[3].name}`).fill('Would have preferred a second interview round.');
    await leaveField(page);
    await screenshots(page, 'outcome');

    await page.reload();
    await viewHeading(page, 'Score sheets received').waitFor({ timeout: 30_000 });
    await pressUntil(page, 'ArrowRight', 'Outcome');
    await expect
      .poll(() => page.getByRole('checkbox', { name: new RegExp(firstName) }).isChecked())
      .toBe(true);
    expect(await page.getByLabel(`Note of ${panel[3].name}`).inputValue()).toBe(
      'Would have preferred a second interview round.',
    );

    await page.keyboard.press('ArrowRight');
    await viewHeading(page, 'Decision').waitFor();
    await screenshots(page, 'decision');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sign and save the decision' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${demo.exercise.exerciseId}.decision.json`);
    const bytes = new Uint8Array(await readFile(await download.path()));
    await page.getByText(/The decision is signed with the DEMO ONLY secretariat key/).waitFor();
    await screenshots(page, 'decision-signed');

    const record = verifyDecision(parseStrictJson(bytes), demo.exercise);
    expect(record.candidates).toEqual(merged.candidates);
    expect(record.outcome).toMatchObject({
      selected: [first.candidateId],
      consensus: [
        {
          candidateId: fifth.id,
          criterionId: criterion.id,
          score: 4,
          justification: expect.stringContaining('written test') as string,
        },
      ],
    });
    expect(record.outcome?.concurrences.map((c) => c.agrees)).toEqual([true, true, true, false, true]);
    const dir = await mkdtemp(join(tmpdir(), 'panelscore-debrief-e2e-'));
    try {
      await writeFile(join(dir, 'demo.panelpkg'), demo.packageBytes);
      await writeFile(join(dir, 'demo.decision.json'), bytes);
      const { stdout } = await promisify(execFile)('node', [
        CLI,
        'verify',
        join(dir, 'demo.decision.json'),
        '--package',
        join(dir, 'demo.panelpkg'),
      ]);
      expect(stdout).toMatch(/^OK /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    // The printable report opens over the debrief (it is built in renderer/src/features/report).
    await page.getByRole('button', { name: 'Print the report' }).click();
    await page.getByRole('dialog', { name: /Comparative analysis report/ }).waitFor();
    await screenshots(page, 'report');
    await page.getByRole('button', { name: 'Close report' }).click();
    await viewHeading(page, 'Decision').waitFor();

    // The other looks: light theme, members as letters, and full screen (left with Esc).
    await page.keyboard.press('1');
    await viewHeading(page, candidates[0].name).waitFor();
    await page.getByRole('button', { name: 'Light theme' }).click();
    await page.getByRole('button', { name: 'Show members as A, B, …' }).click();
    await screenshots(page, 'candidate-light-letters');
    await page.getByRole('button', { name: 'Present full screen' }).click();
    await page.getByRole('button', { name: 'Leave full screen (Esc)' }).waitFor();
    await screenshots(page, 'presenting');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present full screen' }).waitFor();

    // The same deck in French: French words, decimal commas, and competency headers that still fit.
    await page.getByLabel('Language').selectOption('fr');
    await viewHeading(page, candidates[0].name).waitFor();
    expect(await page.locator('.deck-facts').textContent()).toMatch(/^Note du jury \d,\d\d · /);
    await page.getByRole('button', { name: 'Afficher les noms' }).waitFor();
    await screenshots(page, 'candidate-fr');
    await pressUntil(page, 'PageDown', 'Comparaison');
    await page.getByRole('img', { name: 'Moyenne du jury par candidat et par compétence' }).waitFor();
    await screenshots(page, 'comparison-fr');
    await pressUntil(page, 'PageDown', 'Décision');
    await page.getByText(/^Décision signée enregistrée le \d+ \p{L}+ \d{4} à \d\d:\d\d UTC\.$/u).waitFor();
    await screenshots(page, 'decision-fr');
    await page.getByLabel('Langue').selectOption('en');
    await viewHeading(page, 'Decision').waitFor();
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });
});
