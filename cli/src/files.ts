/** File reading and writing for the commands, with messages that say which file and what to do. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from './usage';

function reasonOf(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/** The bytes of an input file, or a CliError naming the file. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${reasonOf(e)}.`);
  }
}

/** Writes an output file (replacing it), creating its directory when needed. */
export async function writeOutputFile(path: string, data: Uint8Array | string, mode?: number): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, mode === undefined ? {} : { mode });
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${reasonOf(e)}.`);
  }
}

/** Short text for an error that reached the command line. */
export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
