/**
 * Runs a TypeScript file of the benchmark in its own Node process, with @noble's ESM modules
 * preloaded natively as cli/bin/panelscore.cjs does (cli/bin/native-preloads.cjs): tsx would
 * re-transpile them to CommonJS, ~30× slower, and the bench would measure tsx, not Panelscore.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const NATIVE_PRELOADS = resolve(ROOT, 'cli', 'bin', 'native-preloads.cjs');

/** Runs `file` (a .ts path) with `args`; resolves to its stdout; its stderr goes to ours. */
export function runTypeScript(file: string, args: readonly string[] = []): Promise<string> {
  const nodeArgs = ['--require', NATIVE_PRELOADS, '--import', 'tsx', file, ...args];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(Buffer.concat(chunks).toString('utf8'));
      else fail(new Error(`${file} ${args.slice(0, 2).join(' ')}… exited with code ${String(code)}`));
    });
  });
}
