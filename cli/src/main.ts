// Entry point of the `panelscore` command (cli/bin/panelscore.cjs loads it through tsx):
// runs the command line and sets the exit code; everything else is in run-cli.ts.
import { runCli } from './run-cli';

let endsWithNewline = true;

void runCli(process.argv.slice(2), {
  stdout: (data) => {
    if (data.length > 0) endsWithNewline = typeof data === 'string' ? data.endsWith('\n') : data[data.length - 1] === 0x0a;
    process.stdout.write(data);
  },
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  // Exact bytes (a canonical decision record) end without a newline; keep a terminal tidy only.
  if (process.stdout.isTTY && !endsWithNewline) process.stdout.write('\n');
  process.exitCode = code;
});
