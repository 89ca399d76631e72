import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../core/demo';
import { utf8Decode, utf8Encode } from '../../core/encoding';
import { mergeSheets } from '../../core/merge/merge';
import { readPackage } from '../../core/package/package';
import type { DecisionRecord } from '../../core/types';
import type { BrowserSession } from './browser';
import { DEMO_TITLE, openDemo } from './flows/demo';
import { useServerAndBrowser } from './flows/fixture';
import { downloadFrom, screenshots } from './flows/screenshots';
import { rankingOnScreen as rankingRows, rankingOf as rankingRowsOf } from './flows/secretariat';

const CLI = fileURLToPath(new URL('../../cli/bin/panelscore.cjs', import.meta.url));
const run = promisify(execFile);

const fx = useServerAndBrowser({ work: 'panelscore-secretariat-e2e-' });
let session: BrowserSession;
let work: string;

/** The ranking as the merge view shows it: rank, candidate name, panel score, in screen order. */
async function rankingOnScreen(page: Page): Promise<string[][]> {
  return (await rankingRows(page)).map(([rank, name, score]) => [rank, name, score]);
}

/** The same ranking, from a decision record, in the form the screen writes it. */
function rankingOf(decision: DecisionRecord, names: Map<string, string>): string[][] {
  return rankingRowsOf(decision, names).map(([rank, name, score]) => [rank, name, score]);
}

async function download(page: Page, button: string, into: string): Promise<string> {
  return downloadFrom(page, () => page.getByRole('button', { name: button }).click(), into);
}

beforeAll(async () => {
  work = fx.work();
  session = await fx.launch();
});

describe('collecting and merging score sheets in Chromium', () => {
  it('rejects a tampered sheet with its reason and shows the same ranking as mergeSheets and the CLI', async () => {
    const demo = await buildDemo();
    const pkg = await readPackage(demo.packageBytes);
    const names = new Map(demo.exercise.candidates.map((c) => [c.id, c.name]));
    const sheetDir = join(work, 'sheets');
    await mkdir(sheetDir);
    const jordan = demo.sheets.find((s) => s.memberId === 'm-jordan')!;
    const tampered = utf8Encode(utf8Decode(jordan.bytes).replace('"score": 4', '"score": 3'));
    const files = [...demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes })), { name: 'm-jordan.r1.tampered.scores.json', bytes: tampered }];
    for (const f of files) await writeFile(join(sheetDir, f.name), f.bytes);
    const packagePath = join(work, demo.packageFileName);
    await writeFile(packagePath, demo.packageBytes);

    const { page, problems } = session;
    await page.goto(fx.server().url);
    await openDemo(page, 'Secretariat');
    await page.getByRole('heading', { name: DEMO_TITLE, level: 1 }).waitFor({ timeout: 60_000 });

    await page.getByRole('tab', { name: /Score sheets/ }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose score sheets…' }).click()]);
    await chooser.setFiles(files.map((f) => join(sheetDir, f.name)));
    await page.getByRole('status').filter({ hasText: '7 files added.' }).waitFor();

    const table = page.getByRole('table', { name: 'Collected score-sheet files' });
    const row = (fileName: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: fileName, exact: true }) });
    await expect.poll(() => row('m-jordan.r1.tampered.scores.json').textContent()).toContain('Rejected');
    expect(await row('m-jordan.r1.tampered.scores.json').textContent()).toContain('the signature does not match the document');
    expect(await row('m-kenya.r1.scores.json').textContent()).toContain('Superseded');
    for (const name of ['m-chile.r1.scores.json', 'm-kenya.r2.scores.json', 'm-laos.r1.scores.json', 'm-jordan.r1.scores.json', 'm-norway.r1.scores.json']) {
      expect(await row(name).textContent()).toContain('Accepted');
    }
    expect(await row('m-laos.r1.scores.json').textContent()).toContain('not pinned');
    await screenshots(page, 'secretariat-collect', { fullPage: true });

    await page.getByRole('tab', { name: 'Merge' }).click();
    const expected = mergeSheets({ pkg, sheets: files.map((f) => f.bytes) });
    const onScreen = await rankingOnScreen(page);
    expect(onScreen).toEqual(rankingOf(expected, names));
    expect(onScreen.map(([, name]) => name)).toHaveLength(5);
    await screenshots(page, 'secretariat-merge', { fullPage: true });

    const cliOut = join(work, 'cli.decision.json');
    await run(process.execPath, [CLI, 'merge', packagePath, ...files.map((f) => join(sheetDir, f.name)), '--out', cliOut]);
    const cliBytes = await readFile(cliOut);
    const exported = await readFile(await download(page, 'Export draft decision record', work));
    expect(exported.equals(cliBytes)).toBe(true);
    expect(rankingOf(JSON.parse(cliBytes.toString('utf8')) as DecisionRecord, names)).toEqual(onScreen);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);

  it('pins a confirmed fingerprint and exports merge inputs that the CLI re-merges to the same bytes', async () => {
    const { page, problems } = session;
    await page.getByRole('tab', { name: /Score sheets/ }).click();
    const laos = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'm-laos.r1.scores.json', exact: true }) });
    await laos.getByRole('button', { name: 'Confirm fingerprint' }).click();
    await laos.getByRole('button', { name: 'It matches: trust this key' }).click();
    await expect.poll(() => laos.textContent()).not.toContain('not pinned');
    expect(await laos.textContent()).toContain('pinned');
    expect(await page.getByRole('button', { name: 'Confirm fingerprint' }).count()).toBe(0);

    await page.getByRole('tab', { name: 'Merge' }).click();
    const zipPath = await download(page, 'Export merge inputs (ZIP)', work);
    const folder = join(work, 'unzipped');
    for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(await readFile(zipPath))))) {
      await mkdir(dirname(join(folder, name)), { recursive: true });
      await writeFile(join(folder, name), bytes);
    }
    const mergeDir = join(folder, 'isu-director-2026-merge');
    const readme = await readFile(join(mergeDir, 'README.txt'), 'utf8');
    expect(readme).toContain('panelscore merge isu-director-2026.panelpkg sheets/* --trust isu-director-2026.trust.json');
    const sheetNames = Object.keys(unzipSync(new Uint8Array(await readFile(zipPath)))).filter((n) => n.includes('/sheets/'));
    expect(sheetNames).toHaveLength(7);
    await run(process.execPath, [
      CLI,
      'merge',
      'isu-director-2026.panelpkg',
      ...sheetNames.map((n) => resolve(folder, n)),
      '--trust',
      'isu-director-2026.trust.json',
      '--out',
      'recheck.decision.json',
    ], { cwd: mergeDir });
    const recheck = await readFile(join(mergeDir, 'recheck.decision.json'));
    const draft = await readFile(join(mergeDir, 'isu-director-2026.decision.json'));
    expect(recheck.equals(draft)).toBe(true);
    const decision = JSON.parse(draft.toString('utf8')) as DecisionRecord;
    expect(decision.inputs.find((i) => i.memberId === 'm-laos')?.pinned).toBe(true);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 120_000);
});
