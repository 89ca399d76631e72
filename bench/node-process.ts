/**
 * Runs a TypeScript file of the benchmark in its own Node process. @noble's ESM modules are
 * preloaded natively (--require) so tsx does not re-transpile them to CommonJS: tsx's getter-based
 * interop makes their hash loops ~30× slower and would measure tsx rather than Panelscore.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** ESM dependencies on core's hot paths, loaded natively before tsx registers. */
const NATIVE_PRELOADS = ['@noble/hashes/sha2.js', '@noble/hashes/utils.js', '@noble/curves/ed25519.js'];

const ROOT = resolve(__dirname, '..');

/** Runs `file` (a .ts path) with `args`; resolves to its stdout; its stderr goes to ours. */
export function runTypeScript(file: string, args: readonly string[] = []): Promise<string> {
  const nodeArgs = [...NATIVE_PRELOADS.flatMap((m) => ['--require', m]), '--import', 'tsx', file, ...args];
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
