import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, buildDemo } from '../../core/demo';
import { mergeSheets } from '../../core/merge/merge';
import { readPackage } from '../../core/package/package';
import { parseScoreSheet } from '../../core/formats/sheet';
import { parseStrictJson } from '../../core/json/strict-json';
import { type BrowserSession, launchBrowser, newProfileDir, removeProfile } from './browser';
import { type StaticServer, startServer } from './serve.mjs';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const CLI = fileURLToPath(new URL('../../cli/bin/panelscore.cjs', import.meta.url));
const UNPINNED_MEMBER = { id: 'm-laos', name: 'Mr. Khamphet Vongsavath' };

let server: StaticServer;
let demo: Demo;
const sessions: BrowserSession[] = [];
const profiles: string[] = [];

async function browserOn(profile?: string): Promise<BrowserSession> {
  const dir = profile ?? (await newProfileDir());
  if (!profiles.includes(dir)) profiles.push(dir);
  const session = await launchBrowser(dir);
  sessions.push(session);
  return session;
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
}

/** Opens the demo as a panel member and says who they are (the unpinned demo member). */
async function openDemoAsMember(page: Page, screenshotPrefix?: string): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('Open it as').selectOption({ label: 'Panel member' });
  await page.getByRole('button', { name: 'Open the demo exercise' }).click();
  await page.getByRole('button', { name: 'Start: say who you are on the panel' }).click({ timeout: 60_000 });
  await page.getByRole('radio', { name: new RegExp(UNPINNED_MEMBER.name) }).check();
  if (screenshotPrefix) await screenshots(page, `${screenshotPrefix}-identity`);
  await page.getByRole('button', { name: `I am ${UNPINNED_MEMBER.name}` }).click();
  await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
}

function saved(page: Page) {
  return page.locator('[data-save-state="saved"]').waitFor();
}

/** SIGKILLs the Chromium browser process running on `profile` (its children die with it): a crash, not a close. */
async function killBrowserOn(profile: string): Promise<void> {
  const { stdout } = await promisify(execFile)('ps', ['-eo', 'pid=,args=']);
  const main = stdout
    .split('\n')
    .map((line) => line.trim().match(/^(\d+) (.*)$/))
    .filter((m): m is RegExpMatchArray => m !== null && m[2].includes(`--user-data-dir=${profile}`) && !m[2].includes('--type='));
  expect(main).toHaveLength(1);
  process.kill(Number(main[0][1]), 'SIGKILL');
}

/** Scores the open candidate by keyboard only: a digit per competency, Tab to the next. */
async function scoreByKeyboard(page: Page, scores: number[]): Promise<void> {
  await page.getByRole('group', { name: /^Your score for/ }).first().getByRole('radio').first().focus();
  for (const score of scores) {
    await page.keyboard.press(String(score));
    // The score's clear button, the evidence notes, then the next competency's choices.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
  }
  await saved(page);
}

beforeAll(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  [server, demo] = await Promise.all([startServer(), buildDemo()]);
});

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => undefined)));
  await Promise.all(profiles.splice(0).map(removeProfile));
});

afterAll(async () => {
  await server?.close();
});

describe('a panel member scores, recuses and exports in Chromium', () => {
  it('keeps keyboard scores and a recusal across a reload, and exports a sheet the merge takes with exactly those scores', async () => {
    const { page, problems } = await browserOn();
    const criteria = demo.exercise.criteria;
    const [first, second, third] = demo.exercise.candidates;
    const typed = new Map([
      [first.id, criteria.map((_, i) => ((i * 2) % 5) + 1)],
      [second.id, criteria.map((_, i) => 5 - (i % 5))],
    ]);
    await openDemoAsMember(page, 'member');
    await screenshots(page, 'member-candidates-empty');

    await page.getByRole('button', { name: first.name, exact: true }).click();
    await scoreByKeyboard(page, typed.get(first.id)!);
    await screenshots(page, 'member-scoring');
    await page.getByRole('button', { name: 'Next candidate' }).click();
    await page.getByRole('heading', { name: second.name, level: 1 }).waitFor();
    await scoreByKeyboard(page, typed.get(second.id)!);
    await page.getByRole('button', { name: 'Next candidate' }).click();
    await page.getByRole('button', { name: 'Declare a conflict of interest' }).click();
    await page.getByLabel('Reason for the recusal').fill('Former colleague at the OSCE');
    await screenshots(page, 'member-recusal-form');
    await page.getByRole('button', { name: `Recuse myself from scoring ${third.name}` }).click();
    await saved(page);
    await screenshots(page, 'member-recused');

    await page.reload();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    const status = (name: string) => page.getByRole('row', { name: new RegExp(name) }).locator('.status').textContent();
    expect([await status(first.name), await status(second.name), await status(third.name)]).toEqual(['Complete', 'Complete', 'Recused']);
    await screenshots(page, 'member-candidates');
    await page.getByRole('button', { name: first.name, exact: true }).click();
    await page.getByRole('heading', { name: first.name, level: 1 }).waitFor();
    for (const [i, criterion] of criteria.entries()) {
      const name = `Your score for ${criterion.name}: ${typed.get(first.id)![i]}`;
      // The scores are read from IndexedDB after the screen mounts: wait for them, then insist on exactly one.
      await page.getByRole('group', { name, exact: true }).waitFor({ timeout: 15_000 });
      expect(await page.getByRole('group', { name, exact: true }).count()).toBe(1);
    }

    await page.getByRole('button', { name: 'Export score sheet' }).click();
    await page.getByRole('list', { name: 'What the sheet holds' }).waitFor();
    await screenshots(page, 'member-export-review');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sign and save revision 1' }).click()]);
    expect(download.suggestedFilename()).toBe(`${UNPINNED_MEMBER.id}.r1.scores.json`);
    const bytes = new Uint8Array(await readFile((await download.path())));
    await page.getByText(/Revision 1 is signed and saved/).waitFor();
    await screenshots(page, 'member-exported');
    await page.getByRole('button', { name: /^You are / }).click();
    await screenshots(page, 'member-key');

    const pkg = await readPackage(demo.packageBytes);
    const decision = mergeSheets({ pkg, sheets: [bytes] });
    expect(decision.rejected).toEqual([]);
    expect(decision.inputs).toEqual([expect.objectContaining({ memberId: UNPINNED_MEMBER.id, revision: 1, pinned: false })]);
    for (const [candidateId, scores] of typed) {
      const result = decision.candidates.find((c) => c.candidateId === candidateId)!;
      expect(criteria.map((c) => result.criteria[c.id])).toEqual(scores.map((score) => ({ mean: score, min: score, max: score, n: 1 })));
    }
    expect(decision.candidates.find((c) => c.candidateId === third.id)!.recused).toEqual([UNPINNED_MEMBER.id]);
    const sheet = parseScoreSheet(parseStrictJson(bytes));
    expect(sheet.candidates.find((c) => c.candidateId === third.id)).toEqual({
      candidateId: third.id,
      recused: true,
      recusalReason: 'Former colleague at the OSCE',
      ratings: [],
    });

    const dir = await mkdtemp(join(tmpdir(), 'panelscore-member-e2e-'));
    try {
      await writeFile(join(dir, 'demo.panelpkg'), demo.packageBytes);
      await writeFile(join(dir, 'sheet.scores.json'), bytes);
      const { stdout } = await promisify(execFile)('node', [CLI, 'verify', join(dir, 'sheet.scores.json'), '--package', join(dir, 'demo.panelpkg')]);
      expect(stdout).toMatch(/^OK /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  });

  it('keeps the edit log chained, and a score set from another tab, when typing goes on after it', async () => {
    const session = await browserOn();
    const { page } = session;
    const candidate = demo.exercise.candidates[1];
    const criterion = demo.exercise.criteria[0];
    const workspaceId = `member:${demo.exercise.exerciseId}`;
    await openDemoAsMember(page);
    await page.getByRole('button', { name: candidate.name, exact: true }).click();
    const notes = page.getByRole('textbox', { name: `Evidence notes for ${criterion.name}` });
    await notes.click();
    await page.keyboard.type('Clear', { delay: 30 });
    await saved(page);
    // Another tab of the same profile writes behind this screen's back: a score on the same
    // criterion and an entry in the edit log (what a second window of the app would do).
    const other = await session.context.newPage();
    await other.goto(server.url);
    // Page scripts as text: the e2e tests are typed for Node, without the DOM's.
    const key = JSON.stringify([workspaceId, candidate.id, criterion.id]);
    await other.evaluate(`new Promise((resolve, reject) => {
      const key = ${key};
      const open = indexedDB.open('panelscore');
      open.onsuccess = () => {
        const tx = open.result.transaction(['scores', 'editLog'], 'readwrite');
        const scores = tx.objectStore('scores');
        const row = scores.get(key);
        row.onsuccess = () => scores.put({ ...row.result, score: 2 });
        const log = tx.objectStore('editLog').openCursor(null, 'prev');
        log.onsuccess = () => tx.objectStore('editLog').add({
          workspaceId: key[0], at: new Date().toISOString(), action: 'other-tab', detail: {},
          prevHash: log.result.value.hash, hash: 'sha256:' + 'ab'.repeat(32),
        });
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(new Error(String(tx.error)));
      };
    })`);
    await other.close();
    await page.keyboard.type(' answers', { delay: 30 });
    await saved(page);
    const stored = await page.evaluate<{ row: { score: number; evidence: string }; log: { prevHash: string | null; hash: string; action: string }[] }>(
      `new Promise((resolve) => {
        const key = ${key};
        const open = indexedDB.open('panelscore');
        open.onsuccess = () => {
          const tx = open.result.transaction(['scores', 'editLog']);
          const row = tx.objectStore('scores').get(key);
          const log = tx.objectStore('editLog').getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ row: row.result, log: log.result.filter((e) => e.workspaceId === key[0]) });
          };
        };
      })`,
    );
    expect(stored.row).toMatchObject({ score: 2, evidence: 'Clear answers' });
    // Every entry points to the one before it: no keystroke was chained to a head it had not read.
    stored.log.slice(1).forEach((entry, i) => expect(entry.prevHash, `entry ${i + 1}`).toBe(stored.log[i].hash));
    expect(stored.log.map((e) => e.action)).toContain('other-tab');
    expect(stored.log.at(-1)?.action).toBe('evidence');
  });

  it('shows a score saved in one window on the candidate list open in another, without a reload', async () => {
    const session = await browserOn();
    const { page } = session;
    const candidate = demo.exercise.candidates[3];
    const criteria = demo.exercise.criteria.length;
    await openDemoAsMember(page);
    // The second window watches the list; the change it must hear of is written by the first one's save worker.
    const other = await session.context.newPage();
    await other.goto(page.url());
    await other.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    const progress = (rated: number) => other.getByRole('progressbar', { name: `${candidate.name}: ${rated} of ${criteria} scored` });
    await progress(0).waitFor();
    await page.getByRole('button', { name: candidate.name, exact: true }).click();
    await page.getByRole('group', { name: /^Your score for/ }).first().getByRole('radio').first().focus();
    await page.keyboard.press('3');
    await saved(page);
    await progress(1).waitFor({ timeout: 5_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Concrete examples', { delay: 20 });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Delete');
    await saved(page);
    await progress(0).waitFor({ timeout: 5_000 });
    await other.close();
  });

  it('keeps a score that showed as Saved when the browser process is killed right after', async () => {
    const first = await browserOn();
    const workers: string[] = [];
    first.page.on('worker', (worker) => workers.push(worker.url()));
    const candidate = demo.exercise.candidates[0];
    const criterion = demo.exercise.criteria[0];
    await openDemoAsMember(first.page);
    await first.page.getByRole('button', { name: candidate.name, exact: true }).click();
    await first.page.getByRole('group', { name: `Your score for ${criterion.name}` }).getByRole('radio').first().focus();
    await first.page.keyboard.press('4');
    await saved(first.page);
    // The change was committed by the save worker, off the page's thread: "Saved" is its answer.
    expect(workers.some((url) => url.includes('save-worker'))).toBe(true);
    await killBrowserOn(first.userDataDir);
    sessions.splice(sessions.indexOf(first), 1);

    const second = await browserOn(first.userDataDir);
    await second.page.goto(server.url);
    // The remembered screen (localStorage) may not survive a kill; the data must. Go in from the start screen.
    await second.page.getByRole('button', { name: 'Panelscore' }).click();
    await second.page.getByRole('region', { name: 'Continue where you left off' }).getByRole('button', { name: /DEMO/ }).click();
    await second.page.getByRole('row', { name: new RegExp(candidate.name) }).getByText('In progress').waitFor({ timeout: 60_000 });
    await second.page.getByRole('button', { name: candidate.name, exact: true }).click();
    // The scores are read from IndexedDB after the screen mounts: wait for the score, then insist on exactly one.
    const restored = second.page.getByRole('group', { name: `Your score for ${criterion.name}: 4`, exact: true });
    await restored.waitFor({ timeout: 15_000 });
    expect(await restored.count()).toBe(1);
    expect(second.problems).toEqual({ errors: [], cspViolations: [] });
  });
});
