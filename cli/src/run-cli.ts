/**
 * The `panelscore` command line: picks the subcommand, prints help, and maps
 * outcomes to exit codes (0 done, 1 failed, 2 usage error). Business rules live in core/.
 */
import { demoCommand } from './commands/demo';
import { keygenCommand, pubkeyCommand } from './commands/keygen';
import { mergeCommand } from './commands/merge';
import { packCommand } from './commands/pack';
import { reportCommand } from './commands/report';
import { verifyCommand } from './commands/verify';
import { describeError } from './files';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './usage';
import type { Command, Io } from './usage';

const COMMANDS: readonly Command[] = [verifyCommand, mergeCommand, reportCommand, packCommand, keygenCommand, pubkeyCommand, demoCommand];

function overview(): string {
  return [
    'panelscore — offline, signed, auditable scoring for selection panels',
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '',
    'Run `panelscore COMMAND --help` for details. Exit status: 0 done, 1 failed, 2 usage error.',
    '',
  ].join('\n');
}

function wantsHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** Runs the command line `args` (without node and script) and resolves to the exit code. */
export async function runCli(args: string[], io: Io): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr(`panelscore: unknown command ${name}\n\n${overview()}`);
    return EXIT_USAGE;
  }
  if (wantsHelp(rest)) {
    io.stdout(`Usage: ${command.usage}\n\n${command.help}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`panelscore ${command.name}: ${e.message}\nUsage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`panelscore ${command.name}: ${describeError(e)}\n`);
    return EXIT_FAILURE;
  }
}
