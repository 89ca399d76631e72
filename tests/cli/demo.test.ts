import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../core/demo/build-demo';
import { panelscore, tempFolder } from './panelscore-process';

describe('panelscore demo', () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());
  const dir = join(folder.dir, 'demo');

  it('writes the demo package, sheets, DEMO ONLY keys (mode 0600), source, documents and a README', async () => {
    const result = await panelscore(['demo', '--out', dir]);
    expect(result.code).toBe(0);
    const demo = await buildDemo();
    expect(readFileSync(join(dir, demo.packageFileName)).equals(Buffer.from(demo.packageBytes))).toBe(true);
    expect(readdirSync(join(dir, 'sheets')).sort()).toEqual(demo.sheets.map((s) => s.fileName).sort());
    const keys = readdirSync(join(dir, 'keys')).sort();
    expect(keys).toEqual(['secretariat', ...demo.keys.members.map((k) => k.memberId)].map((n) => `${n}.DEMO-ONLY.key.pem`).sort());
    for (const key of keys) expect(statSync(join(dir, 'keys', key)).mode & 0o777).toBe(0o600);
    for (const path of demo.documents.keys()) expect(statSync(join(dir, 'source', path)).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'source', 'exercise.source.json'), 'utf8'))).toEqual(demo.source);
    const readme = readFileSync(join(dir, 'README.txt'), 'utf8');
    expect(readme).toContain(`panelscore merge ${join(dir, demo.packageFileName)} ${join(dir, 'sheets')}/*.scores.json`);
    expect(readme).toContain('DEMO ONLY');
  });

  it('refuses a folder that is not empty', async () => {
    const result = await panelscore(['demo', '--out', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not empty');
  });
});
