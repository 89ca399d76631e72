import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical } from '../../core/canonical';
import { memorySigner } from '../../core/crypto/ed25519';
import { signDecision } from '../../core/decision';
import { parseDecision } from '../../core/formats/decision';
import { parseStrictJson } from '../../core/json/strict-json';
import { formatScore } from '../../core/report/format';
import type { DecisionRecord } from '../../core/types';
import { runCli } from '../../cli/src/run-cli';
import { demoOutcome } from '../helpers/decided-demo';
import { panelscore, tempFolder, writeDemoFiles } from './panelscore-process';
import type { DemoFiles } from './panelscore-process';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (data) => {
      stdout += typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

const folder = tempFolder();
let files: DemoFiles;
let decisionPath: string;
let decision: DecisionRecord;

beforeAll(async () => {
  files = await writeDemoFiles(folder.dir);
  // The secretariat merges with the command line, then the debrief records the outcome and signs.
  const mergedPath = join(folder.dir, 'merged.decision.json');
  const merged = await panelscore(['merge', files.packagePath, ...files.sheetPaths, '--out', mergedPath]);
  expect(merged.code).toBe(0);
  const record = parseDecision(parseStrictJson(readFileSync(mergedPath)));
  decision = await signDecision({ ...record, outcome: demoOutcome(record, 4) }, memorySigner(files.demo.keys.secretariat.secretKey));
  decisionPath = join(folder.dir, 'signed.decision.json');
  writeFileSync(decisionPath, canonical(decision));
}, 60_000);

afterAll(() => folder.remove());

describe('panelscore report', () => {
  it('writes the report of a decision that panelscore verify accepts, with the decision’s panel scores', async () => {
    const verified = await panelscore(['verify', decisionPath, '--package', files.packagePath]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^OK .*outcome recorded; signed by the secretariat/);

    const out = join(folder.dir, 'out', 'report.html');
    const result = await panelscore(['report', decisionPath, '--package', files.packagePath, '--out', out, '--sheets', ...files.sheetPaths]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Report written to ${out}`);
    expect(result.stderr).toMatch(/m-kenya\.r1\.scores\.json \(member m-kenya, revision 1\) is not one of the sheets merged/);
    const html = readFileSync(out, 'utf8');
    for (const c of decision.candidates) {
      const name = files.demo.exercise.candidates.find((x) => x.id === c.candidateId)!.name;
      expect(html).toMatch(new RegExp(`<th scope="row">${name}</th><td>${formatScore(c.panelScore).replace('.', '\\.')}</td>`));
    }
    for (const input of decision.inputs) expect(html).toContain(input.sheetHash);
    expect(html).not.toContain('Evidence excerpts are not included');
  }, 60_000);

  it('says evidence is left out when no sheets are given', async () => {
    const out = join(folder.dir, 'no-sheets.html');
    const result = await run(['report', decisionPath, '--package', files.packagePath, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('no evidence excerpts (give the merged sheets with --sheets');
    expect(readFileSync(out, 'utf8')).toContain('Evidence excerpts are not included');
  });

  it('shows members as letters when asked, without their names', async () => {
    const out = join(folder.dir, 'letters.html');
    const result = await run(['report', decisionPath, '--package', files.packagePath, '--out', out, '--members', 'letters', '--sheets', ...files.sheetPaths]);
    expect(result.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('Member A');
    for (const member of files.demo.exercise.panel) expect(html).not.toContain(member.name);
    expect((await run(['report', decisionPath, '--package', files.packagePath, '--out', out, '--members', 'initials'])).code).toBe(2);
  });

  it('writes the report in French with --lang fr, from the real command under Node', async () => {
    const out = join(folder.dir, 'french.html');
    const result = await panelscore(['report', decisionPath, '--package', files.packagePath, '--out', out, '--lang', 'fr', '--members', 'letters', '--sheets', ...files.sheetPaths]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`Report written to ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`<title>Rapport d’analyse comparative — ${files.demo.exercise.title}</title>`);
    for (const heading of ['Exercice et jury', 'Méthode', 'Résultats par candidat', 'Fiabilité', 'Décision']) expect(html).toContain(`>${heading}</h2>`);
    expect(html).toContain('Membre A');
    expect(html).not.toContain('Member A');
    expect(html).not.toContain('Comparative analysis report');
    // The same two decimals as in English, with the French decimal comma, as the app shows them in French.
    const c = decision.candidates[0];
    const name = files.demo.exercise.candidates.find((x) => x.id === c.candidateId)!.name;
    expect(html).toContain(`<th scope="row">${name}</th><td>${formatScore(c.panelScore).replace('.', ',')}</td>`);
  }, 60_000);

  it('writes English by default and refuses a language it cannot write, with exit 2 and nothing written', async () => {
    const english = join(folder.dir, 'english.html');
    expect((await run(['report', decisionPath, '--package', files.packagePath, '--out', english])).code).toBe(0);
    expect(readFileSync(english, 'utf8')).toContain('<html lang="en">');

    const out = join(folder.dir, 'german.html');
    const result = await run(['report', decisionPath, '--package', files.packagePath, '--out', out, '--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang de: the report can be written in en (English), fr (French) or es (Spanish); give one of en, fr, es');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a tampered decision with exit 1 and writes nothing', async () => {
    const tamperedPath = join(folder.dir, 'tampered.decision.json');
    const text = readFileSync(decisionPath, 'utf8');
    const tampered = text.replace(`"panelScore":${decision.candidates[0].panelScore}`, '"panelScore":5');
    expect(tampered).not.toBe(text);
    writeFileSync(tamperedPath, tampered);
    const out = join(folder.dir, 'tampered.html');
    const result = await run(['report', tamperedPath, '--package', files.packagePath, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the decision record .*tampered\.decision\.json does not verify against the package, no report was written: the decision record's signature cannot be trusted/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unsigned decision with exit 1 and writes nothing', async () => {
    const { signature: _signature, ...unsigned } = decision;
    const unsignedPath = join(folder.dir, 'unsigned.decision.json');
    writeFileSync(unsignedPath, canonical(unsigned));
    const out = join(folder.dir, 'unsigned.html');
    const result = await run(['report', unsignedPath, '--package', files.packagePath, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('does not verify against the package, no report was written');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a package that does not verify with exit 1 and writes nothing', async () => {
    const brokenPath = join(folder.dir, 'broken.panelpkg');
    const bytes = readFileSync(files.packagePath);
    bytes[bytes.length - 30] ^= 0xff;
    writeFileSync(brokenPath, bytes);
    const out = join(folder.dir, 'broken.html');
    const result = await run(['report', decisionPath, '--package', brokenPath, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the package ${brokenPath} cannot be used, no report was written`);
    expect(existsSync(out)).toBe(false);
  });

  it('explains that a PDF needs a browser or the desktop app (exit 2)', async () => {
    const out = join(folder.dir, 'report.pdf');
    const result = await run(['report', decisionPath, '--package', files.packagePath, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('the command line writes the report as HTML only');
    expect(result.stderr).toContain('Print / Save as PDF');
    expect(existsSync(out)).toBe(false);
  });

  it('needs --package and --out, and sheets only after --sheets (exit 2)', async () => {
    expect((await run(['report', decisionPath, '--out', 'x.html'])).stderr).toContain('missing --package');
    expect((await run(['report', decisionPath, '--package', files.packagePath])).stderr).toContain('missing --out');
    const stray = await run(['report', decisionPath, files.sheetPaths[0], '--package', files.packagePath, '--out', 'x.html']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('give score sheets after --sheets');
  });
});
