import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/src/run-cli';

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

describe('runCli', () => {
  it('prints the overview with every command on --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['verify', 'merge', 'report', 'pack', 'keygen', 'pubkey', 'demo']) expect(result.stdout).toContain(`panelscore ${command} `);
  });

  it('exits 2 with the overview when no command is given', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage:');
  });

  it('exits 2 on an unknown command', async () => {
    const result = await run(['publish', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command publish');
  });

  it.each(['verify', 'merge', 'report', 'pack', 'keygen', 'pubkey', 'demo'])('prints the usage and help of %s on --help', async (command) => {
    const result = await run([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: panelscore ${command}\\b[^\\n]*\\n\\n\\S`));
  });

  it.each([
    [['merge'], 'missing PACKAGE'],
    [['merge', 'a.panelpkg', '--bogus'], "Unknown option '--bogus'"],
    [['keygen'], 'missing --out KEYFILE'],
    [['keygen', '--out', 'a.pem', '--public', 'b.pem'], 'either --out or --public'],
    [['pubkey'], 'missing KEYFILE'],
    [['pack', 'source.json', '--out', 'x.panelpkg'], 'missing --key'],
    [['pack', '--key', 'k.pem', '--out', 'x.panelpkg'], 'missing SOURCE.json'],
    [['demo'], 'missing --out'],
    [['verify', '--trust', 't.json', 's.json'], '--trust needs --package'],
  ])('exits 2 with the usage line for %j', async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(`Usage: panelscore ${args[0]} `);
    expect(result.stdout).toBe('');
  });
});
