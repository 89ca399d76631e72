/**
 * Test helpers for the CLI: run `node cli/bin/panelscore.cjs …` as a real process, and lay the
 * demo exercise out in a temporary folder without spawning (to keep spawned processes few).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDemo } from '../../core/demo/build-demo';
import type { Demo } from '../../core/demo/build-demo';
import { pemFromSecretKey } from '../../cli/src/key-file';

const ROOT = resolve(__dirname, '..', '..');
const BIN = join(ROOT, 'cli', 'bin', 'panelscore.cjs');

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs the panelscore command with `args` in `cwd` and collects its output and exit code. */
export function panelscore(args: string[], cwd = ROOT): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'buffer', maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        fail(new Error(`panelscore could not be run: ${error.message}`));
        return;
      }
      done({ code: error === null ? 0 : (error.code as number), stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8'), stdoutBytes: stdout });
    });
  });
}

/** A fresh temporary folder and a function that removes it. */
export function tempFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'panelscore-cli-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface DemoFiles {
  demo: Demo;
  packagePath: string;
  sheetPaths: string[];
  secretariatKeyPath: string;
  sourcePath: string;
}

/** Writes the demo package, sheets, secretariat key and source (with documents) into `dir`. */
export async function writeDemoFiles(dir: string): Promise<DemoFiles> {
  const demo = await buildDemo();
  const packagePath = join(dir, demo.packageFileName);
  writeFileSync(packagePath, demo.packageBytes);
  mkdirSync(join(dir, 'sheets'));
  const sheetPaths = demo.sheets.map((s) => {
    const path = join(dir, 'sheets', s.fileName);
    writeFileSync(path, s.bytes);
    return path;
  });
  const secretariatKeyPath = join(dir, 'secretariat.key.pem');
  writeFileSync(secretariatKeyPath, pemFromSecretKey(demo.keys.secretariat.secretKey, demo.keys.secretariat.publicKey), { mode: 0o600 });
  const sourcePath = join(dir, 'source', 'exercise.source.json');
  for (const [path, bytes] of demo.documents) {
    mkdirSync(join(dir, 'source', ...path.split('/').slice(0, -1)), { recursive: true });
    writeFileSync(join(dir, 'source', ...path.split('/')), bytes);
  }
  writeFileSync(sourcePath, JSON.stringify(demo.source, null, 2));
  return { demo, packagePath, sheetPaths, secretariatKeyPath, sourcePath };
}
