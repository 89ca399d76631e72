import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from '../../core/package/package';
import type { DecisionRecord } from '../../core/types';
import { panelscore, tempFolder, writeDemoFiles } from './panelscore-process';
import type { DemoFiles } from './panelscore-process';

describe('panelscore pack', () => {
  const folder = tempFolder();
  let files: DemoFiles;
  beforeAll(async () => {
    files = await writeDemoFiles(folder.dir);
  });
  afterAll(() => folder.remove());

  it('packs the demo source into a package that verifies and merges the demo sheets', async () => {
    const out = join(folder.dir, 'packed.panelpkg');
    const packed = await panelscore(['pack', files.sourcePath, '--key', files.secretariatKeyPath, '--out', out]);
    expect(packed.code).toBe(0);
    expect(packed.stdout).toContain(`wrote ${out}: exercise isu-director-2026`);
    const pkg = await readPackage(new Uint8Array(readFileSync(out)));
    expect(pkg.exerciseHash).toBe(files.demo.exerciseHash);

    const verified = await panelscore(['verify', out]);
    expect(verified.code).toBe(0);
    const merged = await panelscore(['merge', out, ...files.sheetPaths]);
    expect(merged.code).toBe(0);
    const record = JSON.parse(merged.stdout) as DecisionRecord;
    expect(record.rejected).toEqual([]);
    expect(record.inputs.map((i) => i.memberId)).toEqual(['m-chile', 'm-jordan', 'm-kenya', 'm-laos', 'm-norway']);
  });

  it('fills in issuedAt with the current time when the source has none', async () => {
    const source = JSON.parse(readFileSync(files.sourcePath, 'utf8')) as Record<string, unknown>;
    delete source.issuedAt;
    const sourcePath = join(folder.dir, 'source', 'undated.source.json');
    writeFileSync(sourcePath, JSON.stringify(source));
    const out = join(folder.dir, 'undated.panelpkg');
    const before = Date.now();
    const result = await panelscore(['pack', sourcePath, '--key', files.secretariatKeyPath, '--out', out]);
    expect(result.code).toBe(0);
    const { exercise } = await readPackage(new Uint8Array(readFileSync(out)));
    expect(exercise.issuedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Date.parse(exercise.issuedAt)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });

  it('stops when a listed document is missing, naming it, and writes nothing', async () => {
    const out = join(folder.dir, 'no-documents.panelpkg');
    const result = await panelscore(['pack', files.sourcePath, '--key', files.secretariatKeyPath, '--documents', join(folder.dir, 'nowhere'), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read \S*nowhere\/documents\/cand-01\/cv\.pdf: no such file/);
    expect(existsSync(out)).toBe(false);
  });
});
