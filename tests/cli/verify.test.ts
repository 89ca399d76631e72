import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../../core/crypto/ed25519';
import { panelscore, tempFolder, writeDemoFiles } from './panelscore-process';
import type { DemoFiles } from './panelscore-process';

describe('panelscore verify', () => {
  const folder = tempFolder();
  let files: DemoFiles;
  let tamperedPath: string;
  let notJsonPath: string;

  beforeAll(async () => {
    files = await writeDemoFiles(folder.dir);
    tamperedPath = join(folder.dir, 'tampered.scores.json');
    writeFileSync(tamperedPath, Buffer.from(files.demo.sheets[0].bytes).toString('utf8').replace('"score": 4', '"score": 5'));
    notJsonPath = join(folder.dir, 'notes.scores.json');
    writeFileSync(notJsonPath, 'these are my notes, not a sheet');
  });
  afterAll(() => folder.remove());

  it('prints OK with the kind of every valid file and exits 0', async () => {
    const result = await panelscore(['verify', files.packagePath, ...files.sheetPaths]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1 + files.sheetPaths.length);
    expect(lines[0]).toMatch(new RegExp(`^OK +${escape(files.packagePath)} +package isu-director-2026 `));
    expect(lines[0]).toContain(fingerprint(files.demo.keys.secretariat.publicKey));
    files.demo.sheets.forEach((sheet, i) => {
      expect(lines[i + 1]).toMatch(new RegExp(`^OK +${escape(files.sheetPaths[i])} +scores isu-director-2026 member ${sheet.memberId} revision ${sheet.revision}`));
    });
  });

  it('prints FAIL with a reason for each bad file, OK for the good ones, and exits 1', async () => {
    const result = await panelscore(['verify', tamperedPath, files.sheetPaths[1], notJsonPath, join(folder.dir, 'missing.json')]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^FAIL ${escape(tamperedPath)} +.*signature does not match`));
    expect(lines[1]).toMatch(/^OK /);
    expect(lines[2]).toMatch(new RegExp(`^FAIL ${escape(notJsonPath)} +\\S`));
    expect(lines[3]).toMatch(/^FAIL .*missing\.json +cannot read .*no such file/);
  });

  it('checks sheets against a package and its pinned keys with --package', async () => {
    const result = await panelscore(['verify', '--package', files.packagePath, ...files.sheetPaths]);
    expect(result.code).toBe(0);
    const laos = files.demo.keys.members.find((k) => k.memberId === 'm-laos')!;
    const laosLine = result.stdout.split('\n').find((l) => l.includes('member m-laos'));
    expect(laosLine).toContain(`UNPINNED: confirm fingerprint ${fingerprint(laos.publicKey)}`);
    expect(result.stdout.split('\n').filter((l) => l.includes('accepted, key pinned'))).toHaveLength(files.sheetPaths.length - 1);
  });

  it('exits 2 with the usage line when no file is given', async () => {
    const result = await panelscore(['verify']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing FILE');
    expect(result.stderr).toContain('Usage: panelscore verify FILE…');
    expect(result.stdout).toBe('');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
