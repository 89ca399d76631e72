import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashString } from '../../core/canonical';
import { fingerprint } from '../../core/crypto/ed25519';
import { utf8Decode } from '../../core/encoding';
import { parseDecision } from '../../core/formats/decision';
import { parseTrustFile } from '../../core/formats/trust';
import { parseStrictJson } from '../../core/json/strict-json';
import { readPackage } from '../../core/package/package';
import type { DecisionRecord } from '../../core/types';
import type { BrowserSession } from './browser';
import { type ExerciseSpec, authorExercise, cvPdf, issuePackage } from './flows/author';
import { chooseIdentity, exportSheet, importPackage, ownKeyFingerprint, scoreCandidates } from './flows/member';
import { useServerAndBrowser } from './flows/fixture';
import { downloadFrom, screenshots } from './flows/screenshots';
import { collectSheetFiles, confirmFingerprint, fileRow, rankingOf, rankingOnScreen } from './flows/secretariat';

const CLI = fileURLToPath(new URL('../../cli/bin/panelscore.cjs', import.meta.url));
const run = promisify(execFile);

const CANDIDATES = ['Ada Okafor', 'Bruno Silva', 'Chen Wei'];
const MEMBERS = [
  { id: 'm-norway', name: 'Ms. Ingrid Dahl', affiliation: 'Norway' },
  { id: 'm-chile', name: 'Mr. Tomás Rivera', affiliation: 'Chile' },
  { id: 'm-kenya', name: 'Ms. Amina Yusuf', affiliation: 'Kenya' },
];
/** Each member's scores per candidate: Leadership, then Policy analysis. */
const SCORES: Record<string, number[][]> = {
  'm-norway': [[5, 4], [3, 3], [4, 2]],
  'm-chile': [[4, 4], [2, 3], [5, 3]],
  'm-kenya': [[5, 5], [3, 2], [3, 4]],
};

const fx = useServerAndBrowser({ work: 'panelscore-panel-e2e-' });
let work: string;
let secretariat: BrowserSession;
/** What the steps hand on to each other. */
const state = {
  packagePath: '',
  secretariatFingerprint: '',
  sheets: new Map<string, string>(),
  memberFingerprints: new Map<string, string>(),
};

/** `panelscore merge` on the same files, read back as a decision record (and its bytes). */
async function cliMerge(sheetPaths: readonly string[], out: string, trust?: string): Promise<{ bytes: Buffer; decision: DecisionRecord }> {
  const trustArgs = trust === undefined ? [] : ['--trust', trust];
  await run(process.execPath, [CLI, 'merge', state.packagePath, ...sheetPaths, ...trustArgs, '--out', out]);
  const bytes = await readFile(out);
  return { bytes, decision: parseDecision(parseStrictJson(bytes)) };
}

/** Candidate ids to names, from the issued package. */
async function candidateNames(): Promise<Map<string, string>> {
  const pkg = await readPackage(new Uint8Array(await readFile(state.packagePath)));
  return new Map(pkg.exercise.candidates.map((c) => [c.id, c.name]));
}

/** A copy of a sheet with one score byte changed (the first score, one point lower or higher). */
function tamperedCopy(bytes: Uint8Array): Uint8Array {
  const match = /"score":\s*(\d)/.exec(utf8Decode(bytes));
  if (match === null) throw new Error('the sheet holds no score to change');
  const at = match.index + match[0].length - 1; // the digit (the sheet's text is ASCII up to there)
  const copy = new Uint8Array(bytes);
  copy[at] = match[1] === '1' ? 0x32 : copy[at] - 1;
  return copy;
}

beforeAll(async () => {
  work = fx.work();
  secretariat = await fx.launch();
});

describe('a selection exercise from authoring to the merge, as new users do it in Chromium', () => {
  it('the secretariat authors a small exercise from scratch and issues the signed package', async () => {
    const { page, problems } = secretariat;
    const cvPath = join(work, 'cv-ada-okafor.pdf');
    await writeFile(cvPath, await cvPdf(CANDIDATES[0]));
    const spec: ExerciseSpec = {
      title: 'Head of Compliance Unit',
      description: 'Leads the compliance unit of the treaty secretariat.',
      secretariatName: 'Panel secretariat',
      criteria: [
        { name: 'Leadership', weight: 3 },
        { name: 'Policy analysis', weight: 1 },
      ],
      candidates: CANDIDATES.map((name, i) => (i === 0 ? { name, documents: [cvPath] } : { name })),
      members: MEMBERS.map(({ name, affiliation }) => ({ name, affiliation })),
    };
    await page.goto(fx.server().url);
    await authorExercise(page, spec);
    const issued = await issuePackage(page, spec.title, work);
    Object.assign(state, { packagePath: issued.path, secretariatFingerprint: issued.secretariatFingerprint });

    const pkg = await readPackage(new Uint8Array(await readFile(issued.path)));
    expect(pkg.exercise.criteria.map((c) => [c.name, c.weight])).toEqual([['Leadership', 3], ['Policy analysis', 1]]);
    expect(pkg.exercise.candidates.map((c) => c.name)).toEqual(CANDIDATES);
    expect([...pkg.documents.values()].map((d) => utf8Decode(d.subarray(0, 5)))).toEqual(['%PDF-']);
    expect(pkg.exercise.panel.map((m) => [m.id, m.publicKey ?? null])).toEqual(MEMBERS.map((m) => [m.id, null]));
    expect(fingerprint(pkg.exercise.secretariat.publicKey)).toBe(issued.secretariatFingerprint);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);

  it('three members, each on a browser profile of their own, import it, confirm the fingerprint, score by keyboard and export', async () => {
    for (const member of MEMBERS) {
      const session = await fx.openApp();
      try {
        const { page } = session;
        expect(await importPackage(page, state.packagePath)).toBe(state.secretariatFingerprint);
        await chooseIdentity(page, member.name);
        await scoreCandidates(page, CANDIDATES.map((candidate, i) => ({ candidate, scores: SCORES[member.id][i] })));
        if (member.id === 'm-kenya') await screenshots(page, 'panel-workflow-member-scoring');
        const sheetPath = await exportSheet(page, work);
        expect(basename(sheetPath)).toBe(`${member.id}.r1.scores.json`);
        state.sheets.set(member.id, sheetPath);
        state.memberFingerprints.set(member.id, await ownKeyFingerprint(page));
        // The sheet holds the member's keyboard scores, signed by the key whose fingerprint their app shows.
        const sheet = parseStrictJson(await readFile(sheetPath)) as unknown as { candidates: { ratings: { score: number }[] }[]; signature: { publicKey: string } };
        expect(sheet.candidates.map((c) => c.ratings.map((r) => r.score))).toEqual(SCORES[member.id]);
        expect(fingerprint(sheet.signature.publicKey)).toBe(state.memberFingerprints.get(member.id));
        expect(session.problems).toEqual({ errors: [], cspViolations: [] });
      } finally {
        await session.close();
      }
    }
    expect(new Set(state.memberFingerprints.values()).size).toBe(3);
  }, 300_000);

  it('the secretariat collects the three sheets and a tampered copy, rejects the copy with its reason, and ranks as `panelscore merge` does', async () => {
    const { page, problems } = secretariat;
    const kenya = state.sheets.get('m-kenya')!;
    const tamperedPath = join(work, 'tampered', 'm-kenya.r1.scores.json');
    await mkdir(join(work, 'tampered'));
    const tampered = tamperedCopy(new Uint8Array(await readFile(kenya)));
    await writeFile(tamperedPath, tampered);
    const files = [...state.sheets.values(), tamperedPath];
    await collectSheetFiles(page, files);
    await page.getByRole('status').filter({ hasText: '4 files added.' }).waitFor();

    const cli = await cliMerge(files, join(work, 'cli-unpinned.decision.json'));
    const cliReasons = cli.decision.rejected.filter((r) => r.fileHash === hashString(tampered)).map((r) => r.reason);
    expect(cliReasons).toEqual([expect.stringContaining('the signature does not match the document')]);
    const rows = page.getByRole('table', { name: 'Collected score-sheet files' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'm-kenya.r1.scores.json', exact: true }) });
    await expect.poll(() => rows.count()).toBe(2);
    const rejected = rows.filter({ hasText: 'Rejected' });
    expect(await rejected.textContent()).toContain(cliReasons[0]);
    for (const member of MEMBERS) {
      const row = fileRow(page, `${member.id}.r1.scores.json`).filter({ hasText: 'Accepted' });
      expect(await row.textContent()).toContain(state.memberFingerprints.get(member.id));
      expect(await row.textContent()).toContain('not pinned');
    }
    await screenshots(page, 'panel-workflow-collect');

    await page.getByRole('tab', { name: 'Merge' }).click();
    const names = await candidateNames();
    const unpinned = await rankingOnScreen(page);
    expect(unpinned).toEqual(rankingOf(cli.decision, names));
    expect(unpinned.map(([rank, name]) => [rank, name])).toEqual([['1', 'Ada Okafor'], ['2', 'Chen Wei'], ['3', 'Bruno Silva']]);
    const draft = await readFile(await downloadFrom(page, () => page.getByRole('button', { name: 'Export draft decision record' }).click(), join(work, 'tampered')));
    expect(draft.equals(cli.bytes)).toBe(true);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);

  it('pins each member’s key once the fingerprint read aloud matches, and the merge with those keys still equals the CLI’s', async () => {
    const { page, problems } = secretariat;
    await page.getByRole('tab', { name: /Score sheets/ }).click();
    for (const member of MEMBERS) {
      const fileName = `${member.id}.r1.scores.json`;
      await confirmFingerprint(page, fileName, state.memberFingerprints.get(member.id)!);
    }
    expect(await page.getByRole('button', { name: 'Confirm fingerprint' }).count()).toBe(0);
    await screenshots(page, 'panel-workflow-collect-pinned', { fullPage: true });

    await page.getByRole('tab', { name: 'Merge' }).click();
    const zip = unzipSync(new Uint8Array(await readFile(await downloadFrom(page, () => page.getByRole('button', { name: 'Export merge inputs (ZIP)' }).click(), work))));
    const trustName = Object.keys(zip).find((name) => name.endsWith('.trust.json'))!;
    const trust = parseTrustFile(parseStrictJson(zip[trustName]));
    expect(trust.members.map((m) => [m.memberId, fingerprint(m.publicKey)])).toEqual(
      [...MEMBERS].sort((a, b) => a.id.localeCompare(b.id)).map((m) => [m.id, state.memberFingerprints.get(m.id)]),
    );
    const trustPath = join(work, basename(trustName));
    await writeFile(trustPath, zip[trustName]);

    const files = [...state.sheets.values(), join(work, 'tampered', 'm-kenya.r1.scores.json')];
    const cli = await cliMerge(files, join(work, 'cli-pinned.decision.json'), trustPath);
    expect(cli.decision.inputs.map((i) => [i.memberId, i.pinned])).toEqual([['m-chile', true], ['m-kenya', true], ['m-norway', true]]);
    const names = await candidateNames();
    await page.getByRole('table', { name: 'Ranking by panel score' }).waitFor();
    expect(await rankingOnScreen(page)).toEqual(rankingOf(cli.decision, names));
    await screenshots(page, 'panel-workflow-merge', { fullPage: true });
    const draft = await readFile(await downloadFrom(page, () => page.getByRole('button', { name: 'Export draft decision record' }).click(), work));
    expect(draft.equals(cli.bytes)).toBe(true);
    expect(problems).toEqual({ errors: [], cspViolations: [] });
  }, 180_000);
});
