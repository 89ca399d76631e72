// axe-core on the start and welcome screens and every secretariat screen: authoring (competencies,
// candidates, CSV import, panel), issuing, collecting sheets (a rejected one among them), the
// fingerprint confirmation and the merge. Each check runs with the screen's primary button hovered,
// since hover colours must pass contrast too.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from '../../core/encoding';
import { expectNoSeriousViolations } from './axe';
import { authorExercise } from './flows/author';
import { DEMO_TITLE, openDemo } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { downloadFrom, screenshot, screenshots } from './flows/screenshots';
import { collectSheetFiles, fileRow } from './flows/secretariat';

const fixture = useServerAndBrowser({ demo: true, work: 'panelscore-secretariat-a11y-' });

/** Hovers the first visible primary button (the screen's main action), if the screen has one. */
async function hoverPrimary(page: Page, scope = page.locator('body')): Promise<void> {
  const primary = scope.locator('.button--primary:visible').first();
  if ((await primary.count()) > 0) await primary.hover({ force: true });
}

/** The app on a fresh profile, once its start screen shows (the first load is slow on a busy machine). */
async function openStartScreen(viewport?: { width: number; height: number }) {
  const session = await fixture.openApp(viewport === undefined ? {} : { viewport });
  await session.page.getByLabel('Open it as').waitFor({ timeout: 60_000 });
  return session;
}

/** axe on the page as it is, with the primary button hovered. */
async function checkScreen(page: Page, label: string): Promise<void> {
  await hoverPrimary(page);
  await expectNoSeriousViolations(page, label);
}

describe('the start and welcome screens pass axe-core', () => {
  it('has no serious violation on the welcome and a role’s empty state, and the role cards are named by their visible title', async () => {
    const { page, problems } = await openStartScreen();
    await page.getByRole('heading', { name: 'Welcome to Panelscore' }).waitFor();
    await checkScreen(page, 'the start screen with the welcome');
    await page.getByRole('button', { name: 'Secretariat', exact: true }).hover();
    await expectNoSeriousViolations(page, 'the start screen with a role card hovered');
    const card = page.getByRole('button', { name: 'Secretariat', exact: true });
    expect(await page.getByRole('listitem').filter({ has: card }).textContent()).toContain('Prepare the exercise');
    await screenshots(page, 'a11y-start-welcome');
    await card.focus();
    await screenshot(page, 'a11y-start-role-card-focused');

    await card.click();
    await page.getByText('No exercise prepared yet').waitFor();
    await checkScreen(page, 'the secretariat’s empty state');
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 120_000);
});

describe('the secretariat’s authoring screens pass axe-core', () => {
  it('has no serious violation in the editor and the CSV import of a good and of a bad file', async () => {
    const work = fixture.work();
    const good = join(work, 'candidates.csv');
    const bad = join(work, 'broken.csv');
    await writeFile(good, 'Name,Nationality,Summary\nAda Lovelace,Malta,Analyst\nBo Chen,Peru,Diplomat\n');
    await writeFile(bad, 'Name,Nationality\nAda,Malta\n,Peru\nCy\n');
    const { page, problems } = await openStartScreen();

    await page.getByRole('button', { name: 'New exercise' }).click();
    await page.getByRole('button', { name: 'Start from the demo’s competencies' }).waitFor();
    await checkScreen(page, 'the empty exercise editor');
    await page.getByRole('button', { name: 'Start from the demo’s competencies' }).click();
    await page.getByRole('button', { name: 'Add a candidate' }).click();
    await page.getByRole('button', { name: 'Add a panel member' }).click();
    await checkScreen(page, 'the editor with competencies, a candidate and a member');

    const csv = page.getByRole('region', { name: 'Import of candidates.csv' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import candidates from CSV…' }).click()]);
    await chooser.setFiles(good);
    await csv.getByRole('button', { name: 'Import 2 candidates' }).waitFor();
    await csv.scrollIntoViewIfNeeded();
    await checkScreen(page, 'the CSV import of a good file');
    await screenshots(page, 'a11y-csv-import');
    await csv.getByRole('button', { name: 'Cancel' }).click();

    const [badChooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import candidates from CSV…' }).click()]);
    await badChooser.setFiles(bad);
    await page.getByRole('region', { name: 'Import of broken.csv' }).getByRole('alert').waitFor();
    await checkScreen(page, 'the CSV import of a file with bad rows');
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);

  it('has no serious violation on the editor ready to issue, the issue page and the issued exercise', async () => {
    const title = 'Head of Finance';
    const { page, problems } = await openStartScreen();
    await authorExercise(page, {
      title,
      description: 'Heads the finance section of a small secretariat.',
      secretariatName: 'Example Secretariat',
      criteria: [
        { name: 'Leadership', weight: 2 },
        { name: 'Budgeting', weight: 1 },
      ],
      candidates: [{ name: 'Ada Lovelace' }, { name: 'Bo Chen' }],
      members: [
        { name: 'Ms. Rosa Diaz', affiliation: 'Chile' },
        { name: 'Mr. Lars Berg', affiliation: 'Norway' },
      ],
    });
    await checkScreen(page, 'the editor ready to issue');
    await page.getByRole('button', { name: 'Review and issue…' }).click();
    await page.getByRole('heading', { name: `Issue “${title}”` }).waitFor();
    await checkScreen(page, 'the issue page');
    await screenshots(page, 'a11y-issue');
    await downloadFrom(page, () => page.getByRole('button', { name: /^Sign and save .*\.panelpkg$/ }).click(), fixture.work());
    await page.getByRole('heading', { name: 'The exercise as issued' }).waitFor();
    await checkScreen(page, 'the issued exercise');
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 240_000);
});

describe('the secretariat’s workspace passes axe-core', () => {
  it('has no serious violation on the exercise, re-issue, score sheets (with a rejected file), fingerprint confirmation and merge tabs', async () => {
    const demo = fixture.demo();
    const work = fixture.work();
    const jordan = demo.sheets.find((s) => s.memberId === 'm-jordan');
    if (jordan === undefined) throw new Error('The demo has no sheet of m-jordan: this test tampers with it (core/demo).');
    const files = [
      ...demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes })),
      { name: 'm-jordan.r1.tampered.scores.json', bytes: utf8Encode(utf8Decode(jordan.bytes).replace('"score": 4', '"score": 3')) },
    ];
    for (const f of files) await writeFile(join(work, f.name), f.bytes);
    const { page, problems } = await openStartScreen();
    await openDemo(page, 'Secretariat');
    await page.getByRole('heading', { name: DEMO_TITLE, level: 1 }).waitFor({ timeout: 60_000 });
    await checkScreen(page, 'the exercise tab');

    await page.getByRole('tab', { name: 'Edit and re-issue' }).click();
    await page.getByRole('tabpanel').getByRole('button').first().waitFor();
    await checkScreen(page, 'the re-issue tab');

    await collectSheetFiles(page, files.map((f) => join(work, f.name)));
    await fileRow(page, 'm-jordan.r1.tampered.scores.json').filter({ hasText: 'Rejected' }).waitFor();
    await checkScreen(page, 'the score sheets tab with a rejected file');
    await screenshots(page, 'a11y-collect', { fullPage: true });

    const laos = fileRow(page, 'm-laos.r1.scores.json');
    await laos.getByRole('button', { name: 'Confirm fingerprint' }).click();
    const question = laos.getByRole('group', { name: /^Confirm the key of / });
    await question.waitFor();
    await hoverPrimary(page, question);
    await expectNoSeriousViolations(page, 'the fingerprint confirmation');
    await screenshots(page, 'a11y-confirm-fingerprint');
    await question.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('tab', { name: 'Merge' }).click();
    await page.getByRole('table', { name: 'Ranking by panel score' }).waitFor();
    await checkScreen(page, 'the merge view');
    await screenshots(page, 'a11y-merge', { fullPage: true });
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 240_000);
});

interface NameLayout {
  lines: number;
  clipped: boolean;
  title: string | null;
}

/** How the collected-files table lays out a file name: its visible lines, whether it is cut, its title (page source text: no DOM types here). */
async function nameCellLayout(page: Page, fileName: string): Promise<NameLayout> {
  return page.evaluate<NameLayout>(`(() => {
    const cell = [...document.querySelectorAll('.sheet-files th[scope="row"]')].find((th) => th.textContent === ${JSON.stringify(fileName)});
    const text = cell.querySelector('.file-name') ?? cell;
    const range = document.createRange();
    range.selectNodeContents(text);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    return { lines: tops.size, clipped: text.scrollWidth > text.clientWidth, title: text.getAttribute('title') };
  })()`);
}

describe('the collected-files table', () => {
  it('keeps normal file names on one line at 1280 px and cuts a very long one with its full name in the title', async () => {
    const demo = fixture.demo();
    const work = fixture.work();
    const chile = demo.sheets.find((s) => s.memberId === 'm-chile');
    const jordan = demo.sheets.find((s) => s.memberId === 'm-jordan');
    if (chile === undefined || jordan === undefined) throw new Error('The demo has no sheet of m-chile or m-jordan (core/demo).');
    const longName = `m-chile.r1.${'resubmitted-after-the-panel-meeting-'.repeat(3)}scores.json`;
    const files = [
      ...demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes })),
      { name: 'm-jordan.r1.tampered.scores.json', bytes: utf8Encode(utf8Decode(jordan.bytes).replace('"score": 4', '"score": 3')) },
      { name: longName, bytes: utf8Encode(`${utf8Decode(chile.bytes)}\n`) },
    ];
    for (const f of files) await writeFile(join(work, f.name), f.bytes);
    const { page } = await openStartScreen({ width: 1280, height: 720 });
    await openDemo(page, 'Secretariat');
    await page.getByRole('heading', { name: DEMO_TITLE, level: 1 }).waitFor({ timeout: 60_000 });
    await collectSheetFiles(page, files.map((f) => join(work, f.name)));
    await fileRow(page, 'm-jordan.r1.tampered.scores.json').filter({ hasText: 'Rejected' }).waitFor();

    for (const { name } of files.filter((f) => f.name !== longName)) {
      expect(await nameCellLayout(page, name), name).toMatchObject({ lines: 1, clipped: false });
    }
    expect(await nameCellLayout(page, longName)).toEqual({ lines: 1, clipped: true, title: longName });
    // Room for the names is not taken from the actions: the table still fits without scrolling sideways.
    expect(await page.evaluate<boolean>(`(() => { const s = document.querySelector('.sheet-files').closest('.table-scroll'); return s.scrollWidth <= s.clientWidth; })()`)).toBe(true);
    await screenshots(page, 'a11y-collected-long-name', { fullPage: true });
  }, 180_000);
});
