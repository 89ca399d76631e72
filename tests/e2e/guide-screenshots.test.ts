// The pictures in docs/guides/: the demo exercise walked as a panel member, as the secretariat and
// in the debrief, then locking and backups, one 1280×720 screenshot per step (test-results/screenshots/guide-*.png), each
// taken only once the screen shows what the guide says it shows. `npm run guides:screenshots` copies them.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/crypto/ed25519';
import { utf8Decode, utf8Encode } from '../../core/encoding';
import { type Demo, buildDemo } from '../../core/demo';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { type ExerciseSpec, authorExercise } from './flows/author';
import { SCREENSHOTS } from './flows/screenshots';
import { type StaticServer, startServer } from './serve.mjs';

/** A member whose key the demo package does not pin: their app makes a new one. */
const MEMBER = 'Mr. Khamphet Vongsavath';

let server: StaticServer;
let demo: Demo;
let work: string;
const sessions: BrowserSession[] = [];
const profiles: string[] = [];

/** Saves test-results/screenshots/guide-`name`.png at 1280×720. */
async function shot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: join(SCREENSHOTS, `guide-${name}.png`) });
}

/** Saves the screenshot scrolled to the top of the page, where a debrief view starts. */
async function shotFromTop(page: Page, name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  await shot(page, name);
}

/** A fresh browser profile on the app's start screen. */
async function openApp(): Promise<BrowserSession> {
  const profile = await newProfileDir();
  profiles.push(profile);
  const session = await launchBrowser(profile);
  sessions.push(session);
  await session.page.goto(server.url);
  return session;
}

/** Opens the demo exercise in the role named as the start screen's "Open it as" list names it. */
async function openDemoAs(page: Page, role: 'Panel member' | 'Secretariat' | 'Debrief'): Promise<void> {
  await page.getByLabel('Open it as').selectOption({ label: role });
  await page.getByRole('button', { name: 'Open the demo exercise' }).click();
}

/** The debrief view whose heading reads like `3/11 Comparison`. */
function viewHeading(page: Page, title: string) {
  return page.getByRole('heading', { level: 2, name: new RegExp(`^\\d+/\\d+ ${title}$`) });
}

/** Presses `key` until the debrief view titled `title` shows. */
async function pressUntil(page: Page, key: string, title: string): Promise<void> {
  for (let i = 0; i < 15 && (await viewHeading(page, title).count()) === 0; i += 1) await page.keyboard.press(key);
  await viewHeading(page, title).waitFor({ timeout: 5_000 });
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, demo] = await Promise.all([startServer(), buildDemo()]);
  work = await mkdtemp(join(tmpdir(), 'panelscore-guides-e2e-'));
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(profiles.splice(0).map(removeProfile));
});

afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the screenshots of the guides, taken on the demo exercise in Chromium', () => {
  it('follows a panel member from the package to the exported sheet', async () => {
    const { page, problems } = await openApp();
    await page.getByRole('region', { name: 'Welcome to Panelscore' }).waitFor();
    await shot(page, 'welcome');

    // Import the package: the secretariat's fingerprint, shown large, is the one of the key that signed it.
    const packagePath = join(work, demo.packageFileName);
    await writeFile(packagePath, demo.packageBytes);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a package' }).click()]);
    await chooser.setFiles(packagePath);
    const shown = page.getByLabel(/^Secretariat key fingerprint/);
    await shown.waitFor({ timeout: 60_000 });
    expect(await shown.textContent()).toBe(fingerprint(demo.exercise.secretariat.publicKey));
    await shown.scrollIntoViewIfNeeded();
    await shot(page, 'member-import-confirm');
    await page.getByRole('button', { name: 'Confirm: the fingerprint matches' }).click();
    await page.getByRole('heading', { name: 'Before the interviews' }).waitFor();
    await shot(page, 'member-before');

    await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click();
    await page.getByRole('radio', { name: new RegExp(MEMBER) }).check();
    await expect.poll(() => page.getByRole('button', { name: `I am ${MEMBER}` }).isEnabled()).toBe(true);
    await shot(page, 'member-identity');
    await page.getByRole('button', { name: `I am ${MEMBER}` }).click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    await shot(page, 'member-candidates');

    // Score the first candidate by keyboard: a digit, then Tab past the clear button and the notes.
    const [first, second] = demo.exercise.candidates;
    await page.getByRole('button', { name: first.name, exact: true }).click();
    await page.getByRole('heading', { name: first.name, level: 1 }).waitFor();
    await page.getByRole('group', { name: /^Your score for/ }).first().getByRole('radio').first().focus();
    for (const score of [4, 3]) {
      await page.keyboard.press(String(score));
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    }
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.getByRole('heading', { name: first.name, level: 1 }).scrollIntoViewIfNeeded();
    expect(await page.getByText(`${first.name}: 2 of ${demo.exercise.criteria.length} competencies scored`).isVisible()).toBe(true);
    await shot(page, 'member-scoring');

    await page.getByRole('button', { name: 'Interview mode' }).click();
    const leave = page.getByRole('button', { name: 'Leave interview mode (Esc)' });
    await leave.waitFor();
    await shot(page, 'member-interview');
    await page.keyboard.press('Escape');
    await leave.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Next candidate' }).click();
    await page.getByRole('heading', { name: second.name, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Declare a conflict of interest' }).click();
    await page.getByLabel('Reason for the recusal').fill('Worked with the candidate in the same delegation, 2019–2021.');
    await page.getByRole('button', { name: `Recuse myself from scoring ${second.name}` }).scrollIntoViewIfNeeded();
    await shot(page, 'member-recusal');
    await page.getByRole('button', { name: `Recuse myself from scoring ${second.name}` }).click();
    await page.getByText(`You have recused yourself from scoring ${second.name}`).waitFor();

    await page.getByRole('button', { name: 'Export score sheet' }).click();
    await page.getByRole('list', { name: 'What the sheet holds' }).waitFor();
    await shot(page, 'member-export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sign and save revision 1' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.r1\.scores\.json$/);
    await page.getByText(/Revision 1 is signed and saved/).waitFor();

    await page.getByRole('button', { name: 'My key' }).click();
    const key = page.getByLabel(/^Key fingerprint /);
    await key.waitFor();
    expect(await key.textContent()).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    await shot(page, 'member-key');
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);

  it('follows the secretariat from a new exercise to the merge, with a tampered sheet rejected', async () => {
    const { page, problems } = await openApp();
    const spec: ExerciseSpec = {
      title: 'Head of Compliance Unit',
      description: 'Leads the compliance unit of the treaty secretariat (summary of the terms of reference).',
      secretariatName: 'Panel secretariat',
      criteria: [
        { name: 'Leadership', weight: 3 },
        { name: 'Policy analysis', weight: 1 },
      ],
      candidates: [{ name: 'Ada Okafor' }, { name: 'Bruno Silva' }],
      members: [
        { name: 'Ms. Ingrid Dahl', affiliation: 'Norway' },
        { name: 'Mr. Tomás Rivera', affiliation: 'Chile' },
      ],
    };
    await authorExercise(page, spec);
    await page.getByRole('heading', { name: 'New exercise' }).scrollIntoViewIfNeeded();
    await shot(page, 'secretariat-new-exercise');
    await page.getByRole('heading', { name: /^Competencies/ }).evaluate((h: { scrollIntoView(): void }) => h.scrollIntoView());
    expect(await page.getByRole('textbox', { name: 'Weight' }).count()).toBe(spec.criteria.length);
    await shot(page, 'secretariat-competencies');
    await page.getByRole('button', { name: 'Review and issue…' }).click();
    await page.getByRole('heading', { name: `Issue “${spec.title}”` }).waitFor();
    expect(await page.getByRole('region', { name: 'Your secretariat key' }).locator('code').first().textContent()).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    await shot(page, 'secretariat-issue');

    const second = await openApp();
    const p = second.page;
    await openDemoAs(p, 'Secretariat');
    await p.getByRole('heading', { name: demo.exercise.title, level: 1 }).waitFor({ timeout: 60_000 });
    await shot(p, 'secretariat-exercise');

    await p.getByRole('tab', { name: 'Edit and re-issue' }).click();
    await p.getByRole('button', { name: 'Import candidates from CSV…' }).scrollIntoViewIfNeeded();
    await shot(p, 'secretariat-candidates');
    await p.getByRole('heading', { name: /^Panel/ }).evaluate((h: { scrollIntoView(): void }) => h.scrollIntoView());
    expect(await p.getByRole('textbox', { name: 'Pinned public key (optional)' }).count()).toBe(demo.exercise.panel.length);
    await shot(p, 'secretariat-panel');

    // Collect the demo's signed sheets and one copy with a score changed after signing.
    const jordan = demo.sheets.find((s) => s.memberId === 'm-jordan')!;
    const tampered = utf8Encode(utf8Decode(jordan.bytes).replace('"score": 4', '"score": 3'));
    const files = [...demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes })), { name: 'm-jordan.r1.tampered.scores.json', bytes: tampered }];
    for (const f of files) await writeFile(join(work, f.name), f.bytes);
    await p.getByRole('tab', { name: /Score sheets/ }).click();
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.getByRole('button', { name: 'Choose score sheets…' }).click()]);
    await chooser.setFiles(files.map((f) => join(work, f.name)));
    await p.getByRole('status').filter({ hasText: `${files.length} files added.` }).waitFor();
    const table = p.getByRole('table', { name: 'Collected score-sheet files' });
    await table.waitFor();
    await shotFromTop(p, 'secretariat-collect');
    const rejected = table.getByRole('row').filter({ has: p.getByRole('rowheader', { name: 'm-jordan.r1.tampered.scores.json', exact: true }) });
    expect(await rejected.textContent()).toContain('the signature does not match the document');
    await rejected.scrollIntoViewIfNeeded();
    await shot(p, 'secretariat-tampered');

    // m-laos is the demo member whose key the package does not pin.
    const unpinned = table.getByRole('row').filter({ has: p.getByRole('rowheader', { name: 'm-laos.r1.scores.json', exact: true }) });
    await unpinned.getByRole('button', { name: 'Confirm fingerprint' }).click();
    await unpinned.getByRole('button', { name: 'It matches: trust this key' }).waitFor();
    await unpinned.scrollIntoViewIfNeeded();
    await shot(p, 'secretariat-confirm-fingerprint');
    await unpinned.getByRole('button', { name: 'It matches: trust this key' }).click();
    await unpinned.getByText('pinned', { exact: true }).waitFor();

    await p.getByRole('tab', { name: 'Merge' }).click();
    const ranking = p.getByRole('table', { name: 'Ranking by panel score' });
    await ranking.waitFor();
    expect(await ranking.locator('tbody tr').count()).toBe(demo.exercise.candidates.length);
    await shot(p, 'secretariat-merge');
    expect(problems).toEqual({ errors: [], cspViolations: [] });
    expect(second.problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);

  it('protects this computer’s data with a passphrase, locks and unlocks, then backs up and restores a workspace', async () => {
    const { page, problems } = await openApp();
    const passphrase = 'harbour violet kettle sparrow';
    await openDemoAs(page, 'Secretariat');
    await page.getByRole('heading', { name: demo.exercise.title, level: 1 }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Panelscore' }).click();

    // Encryption at rest: the passphrase twice, with the warning that a lost one means lost data.
    const encryption = page.getByRole('region', { name: 'Protect this computer’s data with a passphrase' });
    await encryption.getByLabel('New passphrase').fill(passphrase);
    await encryption.getByLabel('Type it again').fill(passphrase);
    await encryption.getByText('Strong.').waitFor();
    await encryption.evaluate((section: { scrollIntoView(): void }) => section.scrollIntoView());
    await shot(page, 'lock-turn-on');
    await encryption.getByRole('button', { name: 'Turn on encryption' }).click();
    await encryption.getByRole('button', { name: 'Lock now' }).waitFor({ timeout: 90_000 });
    await encryption.evaluate((section: { scrollIntoView(): void }) => section.scrollIntoView());
    await shot(page, 'lock-on');

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.getByRole('heading', { name: 'Panelscore is locked' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await shot(page, 'lock-locked');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Lock', exact: true }).waitFor({ timeout: 60_000 });

    // A backup of the demo's secretariat workspace, under its own passphrase, then restored from the file.
    await page.getByRole('button', { name: 'Panelscore' }).click();
    const backups = page.getByRole('region', { name: 'Backups' });
    await backups.getByRole('button', { name: `Back up ${demo.exercise.title} (Secretariat)` }).click();
    await backups.getByLabel('Passphrase for this backup file').fill('copper meadow lantern orbit');
    await backups.getByLabel('Type it again').fill('copper meadow lantern orbit');
    await backups.evaluate((section: { scrollIntoView(): void }) => section.scrollIntoView());
    await shot(page, 'backup-form');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      backups.getByRole('button', { name: 'Save the backup file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.panelbackup$/);
    const backupPath = join(work, download.suggestedFilename());
    await download.saveAs(backupPath);
    await backups.getByText(/^Backup saved as /).waitFor({ timeout: 60_000 });

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), backups.getByRole('button', { name: 'Restore from a backup file…' }).click()]);
    await chooser.setFiles(backupPath);
    await backups.getByLabel(/^Passphrase of /).fill('copper meadow lantern orbit');
    await backups.getByRole('button', { name: 'Open the backup' }).click();
    await backups.getByRole('button', { name: 'Replace it' }).waitFor({ timeout: 90_000 });
    await backups.evaluate((section: { scrollIntoView(): void }) => section.scrollIntoView());
    await shot(page, 'backup-restore');
    await backups.getByRole('button', { name: 'Replace it' }).click();
    await backups.getByText(/^Restored “/).waitFor({ timeout: 60_000 });
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 300_000);

  it('follows the debrief chair from the received sheets to the signed decision', async () => {
    const { page, problems } = await openApp();
    const { candidates, panel } = demo.exercise;
    await openDemoAs(page, 'Debrief');
    await viewHeading(page, 'Score sheets received').waitFor({ timeout: 60_000 });
    await shot(page, 'debrief-received');

    await page.keyboard.press('ArrowRight');
    await viewHeading(page, candidates[0].name).waitFor();
    await page.getByRole('button', { name: /^Agree consensus on / }).first().waitFor();
    await shot(page, 'debrief-candidate');

    await page.getByRole('button', { name: /^Agree consensus on / }).first().click();
    const form = page.getByRole('form', { name: /^Consensus on / });
    await form.getByRole('radio', { name: '4' }).check();
    await form.getByLabel('Justification (required)').fill('The interview showed sustained engagement with States Parties.');
    await shot(page, 'debrief-consensus-form');
    await form.getByRole('button', { name: 'Record consensus score' }).click();
    await page.getByText('agreed: 4').waitFor();

    await pressUntil(page, 'ArrowRight', 'Comparison');
    await page.getByRole('row', { name: /^1 / }).first().waitFor();
    await shotFromTop(page, 'debrief-comparison');
    await pressUntil(page, 'ArrowRight', 'Reliability');
    await shotFromTop(page, 'debrief-reliability');
    await pressUntil(page, 'ArrowRight', 'Consensus');
    await page.getByRole('cell', { name: 'The interview showed sustained engagement with States Parties.' }).waitFor();
    await shotFromTop(page, 'debrief-consensus');
    await pressUntil(page, 'ArrowRight', 'Outcome');
    await page.getByRole('checkbox', { name: new RegExp(candidates[0].name) }).check();
    await page.getByLabel('Rationale').fill('Strongest on the competencies the panel weighted most.');
    for (const member of panel) {
      await page.getByRole('radiogroup', { name: `Concurrence of ${member.name}` }).getByRole('radio', { name: 'Agrees' }).check();
    }
    await page.evaluate('document.activeElement?.blur?.()');
    await shotFromTop(page, 'debrief-outcome');

    await pressUntil(page, 'ArrowRight', 'Decision');
    await page.getByRole('button', { name: 'Sign and save the decision' }).waitFor();
    await shotFromTop(page, 'debrief-decision');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sign and save the decision' }).click()]);
    expect(download.suggestedFilename()).toBe(`${demo.exercise.exerciseId}.decision.json`);
    await page.getByText(/The decision is signed with the DEMO ONLY secretariat key/).waitFor();
    await shotFromTop(page, 'debrief-signed');

    await page.getByRole('button', { name: 'Print the report' }).click();
    const report = page.getByRole('dialog', { name: `Comparative analysis report: ${demo.exercise.title}` });
    await report.getByRole('heading', { level: 1, name: demo.exercise.title }).waitFor({ timeout: 30_000 });
    await shot(page, 'debrief-report');
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);
});
