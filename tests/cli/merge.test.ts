import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical } from '../../core/canonical';
import { fingerprint } from '../../core/crypto/ed25519';
import { mergeSheets } from '../../core/merge/merge';
import { readPackage } from '../../core/package/package';
import type { DecisionRecord } from '../../core/types';
import { pemFromSecretKey } from '../../cli/src/key-file';
import { panelscore, tempFolder, writeDemoFiles } from './panelscore-process';
import type { DemoFiles, ProcessResult } from './panelscore-process';

describe('panelscore merge', () => {
  const folder = tempFolder();
  let files: DemoFiles;
  let tamperedPath: string;
  let expected: DecisionRecord;
  let first: ProcessResult;

  beforeAll(async () => {
    files = await writeDemoFiles(folder.dir);
    tamperedPath = join(folder.dir, 'sheets', 'edited-by-hand.scores.json');
    const tampered = Buffer.from(files.demo.sheets[0].bytes).toString('utf8').replace('"score": 4', '"score": 5');
    writeFileSync(tamperedPath, tampered);
    const pkg = await readPackage(files.demo.packageBytes);
    expected = mergeSheets({ pkg, sheets: [...files.demo.sheets.map((s) => s.bytes), new TextEncoder().encode(tampered)] });
    first = await panelscore(['merge', files.packagePath, ...files.sheetPaths, tamperedPath]);
  });
  afterAll(() => folder.remove());

  it('writes the decision record of core mergeSheets as canonical JSON to stdout and exits 0', () => {
    expect(first.code).toBe(0);
    expect(first.stdoutBytes.equals(Buffer.from(canonical(expected)))).toBe(true);
    const record = JSON.parse(first.stdout) as DecisionRecord;
    expect(record.candidates.map((c) => [c.candidateId, c.rank])).toEqual(expected.candidates.map((c) => [c.candidateId, c.rank]));
  });

  it('prints the ranking, the rejected sheet by file name and the unpinned fingerprint on stderr', () => {
    const byRank = [...expected.candidates].sort((a, b) => a.rank! - b.rank!);
    const rankingLines = first.stderr.split('\n').filter((l) => /^ {2}\d+ +cand-/.test(l));
    expect(rankingLines.map((l) => /cand-\d+/.exec(l)![0])).toEqual(byRank.map((c) => c.candidateId));
    // Two decimals, as on the merge view, the debrief and the report (core/report/format.ts).
    expect(rankingLines[0]).toContain(byRank[0].panelScore!.toFixed(2));
    expect(expected.rejected).toHaveLength(1);
    expect(first.stderr).toContain(`${tamperedPath} (member m-chile): ${expected.rejected[0].reason}`);
    const laos = files.demo.keys.members.find((k) => k.memberId === 'm-laos')!;
    expect(first.stderr).toMatch(new RegExp(`Unpinned keys[^]*m-laos +fingerprint ${fingerprint(laos.publicKey)}`));
  });

  it('gives the same bytes for the same files in another order, written with --out', async () => {
    const out = join(folder.dir, 'reordered.decision.json');
    const result = await panelscore(['merge', files.packagePath, tamperedPath, ...[...files.sheetPaths].reverse(), '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out).equals(first.stdoutBytes)).toBe(true);
  });

  it('signs the record with the secretariat key (--sign), which verify then accepts against the package', async () => {
    const out = join(folder.dir, 'signed.decision.json');
    const merged = await panelscore(['merge', files.packagePath, ...files.sheetPaths, '--sign', files.secretariatKeyPath, '--out', out]);
    expect(merged.code).toBe(0);
    const record = JSON.parse(readFileSync(out, 'utf8')) as DecisionRecord;
    expect(record.signature?.publicKey).toBe(files.demo.exercise.secretariat.publicKey);
    const verified = await panelscore(['verify', out, '--package', files.packagePath]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^OK +\S+signed\.decision\.json +decision isu-director-2026/);
  });

  it('refuses to sign with a key other than the package\'s secretariat key and writes nothing', async () => {
    const member = files.demo.keys.members[0];
    const wrongKey = join(folder.dir, 'member.key.pem');
    writeFileSync(wrongKey, pemFromSecretKey(member.secretKey, member.publicKey), { mode: 0o600 });
    const out = join(folder.dir, 'wrongly-signed.decision.json');
    const result = await panelscore(['merge', files.packagePath, ...files.sheetPaths, '--sign', wrongKey, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`holds key ${fingerprint(member.publicKey)}`);
    expect(existsSync(out)).toBe(false);
  });

  it('stops on a package that does not verify, exits 1 and creates no output file', async () => {
    const badPackage = join(folder.dir, 'damaged.panelpkg');
    const bytes = Buffer.from(files.demo.packageBytes);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(badPackage, bytes);
    const out = join(folder.dir, 'never.decision.json');
    const result = await panelscore(['merge', badPackage, ...files.sheetPaths, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`the package ${badPackage} cannot be used, nothing was merged`);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });
});
