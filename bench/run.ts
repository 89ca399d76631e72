/**
 * `npm run bench` (table) or `npm run bench -- --json` (one object name -> { value, unit }):
 * runs every figure set in bench/figures/*.ts, each in its own process. `--filter TEXT` runs the
 * sets whose file name contains TEXT. To add figures, add a module there that exports `figures`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatTable, meetsTarget } from './figure';
import type { Figure } from './figure';
import { runTypeScript } from './node-process';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, filter: { type: 'string' } } });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const dir = join(__dirname, 'figures');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && (values.filter === undefined || f.includes(values.filter)))
    .sort();
  const figures: Figure[] = [];
  for (const file of files) {
    log(`[bench] ${file}`);
    const result = JSON.parse(await runTypeScript(join(__dirname, 'run-figure-set.ts'), [join(dir, file)])) as { title: string; figures: Figure[] };
    log(`[bench]   done: ${result.title}`);
    figures.push(...result.figures);
  }
  if (values.json === true) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(figures.map((f) => [f.name, { value: f.value, unit: f.unit }])), null, 2)}\n`);
  } else {
    process.stdout.write(`\n${formatTable(figures)}\n`);
  }
  const missed = figures.filter((f) => !meetsTarget(f));
  if (missed.length > 0) log(`[bench] targets missed: ${missed.map((f) => f.name).join(', ')}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`[bench] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
