import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, generateSecretKey, publicKeyOf } from '../../core/crypto/ed25519';
import { base64UrlEncode } from '../../core/encoding';
import { readPackage } from '../../core/package/package';
import type { BrowserSession } from './browser';
import { cvPdf } from './flows/author';
import { useServerAndBrowser } from './flows/fixture';
import { screenshots } from './flows/screenshots';

const CLI = fileURLToPath(new URL('../../cli/bin/panelscore.cjs', import.meta.url));
const run = promisify(execFile);

const fx = useServerAndBrowser({ work: 'panelscore-author-e2e-' });
let session: BrowserSession;
let work: string;

/** The last card of a list (the one just added). */
function lastCard(page: Page, section: string): Locator {
  return page.getByRole('region', { name: section }).getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Name' }) }).last();
}

beforeAll(async () => {
  work = fx.work();
  session = await fx.launch();
});

describe('authoring and issuing an exercise in Chromium', () => {
  it('authors an exercise from scratch, issues a package that readPackage and `panelscore verify` accept', async () => {
    const { page, problems } = session;
    const cvPath = join(work, 'cv-ada.pdf');
    await writeFile(cvPath, await cvPdf('Ada Okafor'));
    const pinnedKey = base64UrlEncode(publicKeyOf(generateSecretKey()));

    await page.goto(fx.server().url);
    await page.getByRole('heading', { name: 'Secretariat: prepare a new exercise' }).scrollIntoViewIfNeeded();
    await screenshots(page, 'secretariat-start-new-exercise');
    await page.getByRole('button', { name: 'New exercise' }).click();
    await page.getByRole('textbox', { name: 'Title' }).fill('Head of Policy Unit');
    expect(await page.getByRole('textbox', { name: 'Exercise id' }).inputValue()).toBe('head-of-policy-unit');
    await page.getByRole('textbox', { name: 'Description (summary of the terms of reference)' }).fill('Leads the policy unit of the secretariat.');
    await page.getByRole('textbox', { name: 'Secretariat name (shown to members)' }).fill('Test recruitment secretariat');

    for (const [name, weight] of [['Leadership', '3'], ['Policy analysis', '1']] as const) {
      await page.getByRole('button', { name: 'Add a competency' }).click();
      const card = lastCard(page, 'Competencies (' + String(name === 'Leadership' ? 1 : 2) + ')');
      await card.getByRole('textbox', { name: 'Name' }).fill(name);
      await card.getByRole('textbox', { name: 'Weight' }).fill(weight);
      await card.getByRole('textbox', { name: 'Anchor for 5' }).fill(`Outstanding ${name.toLowerCase()}`);
    }
    await expect.poll(() => page.getByRole('status', { name: 'Share of Leadership' }).textContent()).toBe('75 %');

    for (const name of ['Ada Okafor', 'Bruno Silva', 'Chen Wei']) {
      await page.getByRole('button', { name: 'Add a candidate' }).click();
      await page.getByRole('listitem', { name: /^Candidate \d$/ }).last().getByRole('textbox', { name: 'Name' }).fill(name);
    }
    const ada = page.getByRole('listitem', { name: 'Ada Okafor' });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), ada.getByRole('button', { name: 'Attach documents…' }).click()]);
    await chooser.setFiles(cvPath);
    await ada.getByRole('list', { name: 'Documents of Ada Okafor' }).getByText('cv-ada.pdf').waitFor();

    const members = [
      ['Ms. Ingrid Dahl', 'Norway'],
      ['Mr. Tomás Rivera', 'Chile'],
      ['Ms. Amina Yusuf', 'Kenya'],
    ] as const;
    for (const [name, affiliation] of members) {
      await page.getByRole('button', { name: 'Add a panel member' }).click();
      const card = page.getByRole('listitem', { name: /^Member \d$/ }).last();
      await card.getByRole('textbox', { name: 'Affiliation' }).fill(affiliation);
      await card.getByRole('textbox', { name: 'Name' }).fill(name);
    }
    const norway = page.getByRole('listitem', { name: 'Ms. Ingrid Dahl' });
    await norway.getByRole('textbox', { name: 'Pinned public key (optional)' }).fill(pinnedKey);
    await norway.getByText(fingerprint(pinnedKey)).waitFor();
    expect(await norway.getByRole('textbox', { name: 'Id' }).inputValue()).toBe('m-norway');

    await page.getByText('Ready to issue').waitFor();
    await page.getByRole('heading', { name: 'New exercise' }).scrollIntoViewIfNeeded();
    await screenshots(page, 'secretariat-editor');
    await page.getByRole('heading', { name: /^Competencies/ }).evaluate((h: { scrollIntoView(): void }) => h.scrollIntoView());
    await screenshots(page, 'secretariat-editor-criteria');
    await page.getByRole('heading', { name: /^Candidates/ }).evaluate((h: { scrollIntoView(): void }) => h.scrollIntoView());
    await screenshots(page, 'secretariat-editor-candidates');
    await page.getByRole('heading', { name: /^Panel/ }).evaluate((h: { scrollIntoView(): void }) => h.scrollIntoView());
    await screenshots(page, 'secretariat-editor-panel');
    await page.getByRole('button', { name: 'Review and issue…' }).click();
    await page.getByRole('heading', { name: 'Issue “Head of Policy Unit”' }).waitFor();
    const secretariatPrint = (await page.getByRole('region', { name: 'Your secretariat key' }).locator('code').textContent()) ?? '';
    expect(secretariatPrint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);
    await screenshots(page, 'secretariat-issue');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sign and save head-of-policy-unit.panelpkg' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('head-of-policy-unit.panelpkg');
    const packagePath = join(work, download.suggestedFilename());
    await download.saveAs(packagePath);

    const pkg = await readPackage(new Uint8Array(await readFile(packagePath)));
    expect(pkg.exercise.criteria.map((c) => [c.name, c.weight])).toEqual([['Leadership', 3], ['Policy analysis', 1]]);
    expect(pkg.exercise.candidates.map((c) => c.name)).toEqual(['Ada Okafor', 'Bruno Silva', 'Chen Wei']);
    expect(pkg.documents.size).toBe(1);
    expect(pkg.exercise.panel.map((m) => [m.id, m.role, m.publicKey ?? null])).toEqual([
      ['m-norway', 'chair', pinnedKey],
      ['m-chile', 'member', null],
      ['m-kenya', 'member', null],
    ]);
    expect(fingerprint(pkg.exercise.secretariat.publicKey)).toBe(secretariatPrint);
    const verify = await run(process.execPath, [CLI, 'verify', packagePath]);
    expect(verify.stdout).toContain('OK');

    // The issued exercise is now the secretariat's workspace, ready to collect sheets.
    await page.getByRole('heading', { name: 'The exercise as issued' }).waitFor();
    await page.getByRole('tab', { name: /Score sheets/ }).waitFor();
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);

  it('re-issues the exercise after pinning a key, showing the change, with the same secretariat key', async () => {
    const { page, problems } = session;
    const chileKey = base64UrlEncode(publicKeyOf(generateSecretKey()));
    const before = await readPackage(new Uint8Array(await readFile(join(work, 'head-of-policy-unit.panelpkg'))));
    await page.getByRole('tab', { name: 'Edit and re-issue' }).click();
    await page.getByRole('heading', { name: 'Edit and re-issue “Head of Policy Unit”' }).waitFor();
    await page.getByRole('listitem', { name: 'Mr. Tomás Rivera' }).getByRole('textbox', { name: 'Pinned public key (optional)' }).fill(chileKey);
    await page.getByRole('button', { name: 'Review and issue…' }).click();
    const changes = page.getByRole('region', { name: 'Changes since the package issued before' });
    await changes.waitFor();
    expect(await changes.getByRole('listitem').allTextContents()).toEqual([`Key of Mr. Tomás Rivera pinned: ${fingerprint(chileKey)}.`]);
    await screenshots(page, 'secretariat-reissue');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sign and save head-of-policy-unit.panelpkg' }).click(),
    ]);
    const path = join(work, 'reissued.panelpkg');
    await download.saveAs(path);
    const after = await readPackage(new Uint8Array(await readFile(path)));
    expect(after.exercise.secretariat.publicKey).toBe(before.exercise.secretariat.publicKey);
    expect(after.exercise.panel.find((m) => m.id === 'm-chile')?.publicKey).toBe(chileKey);
    expect([...after.documents.values()][0]).toEqual([...before.documents.values()][0]);
    await page.getByRole('heading', { name: 'The exercise as issued' }).waitFor();
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 120_000);
});
