/**
 * Command-line plumbing shared by every command: exit codes, usage errors, the output
 * streams, and a parseArgs wrapper that turns bad options into usage errors (exit 2).
 */
import { parseArgs } from 'node:util';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Where a command writes: stdout for results, stderr for people. */
export interface Io {
  /** Results: text, or exact bytes (a decision record). */
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
}

/** A command line that cannot be run as written; main prints it with the command's usage line (exit 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A failure a person can act on (missing file, wrong key…); main prints it as is (exit 1). */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** One subcommand: its usage line, help text and implementation. */
export interface Command {
  name: string;
  usage: string;
  help: string;
  run: (args: string[], io: Io) => Promise<number>;
}

/**
 * parseArgs in strict mode over string options (plus `--help`): unknown options and missing
 * values become UsageErrors.
 */
export function parseCommandLine<N extends string>(args: string[], stringOptions: readonly N[]): { values: Partial<Record<N, string>>; positionals: string[] } {
  const options: Record<string, { type: 'string' } | { type: 'boolean'; short: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const name of stringOptions) options[name] = { type: 'string' };
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Partial<Record<N, string>>, positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.replace(/\. To specify a positional argument.*$/s, '') : String(e));
  }
}

/** The value of a string option, or a UsageError naming the missing option. */
export function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`missing --${name}`);
  return value;
}
