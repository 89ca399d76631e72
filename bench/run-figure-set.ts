// Child process of bench/run.ts: measures one bench/figures/*.ts set and prints its figures as
// JSON on stdout (progress goes to stderr), so every set runs in a fresh process.
import { resolve } from 'node:path';
import type { Figure, FigureSet } from './figure';

function isFigureSet(value: unknown): value is FigureSet {
  return typeof value === 'object' && value !== null && typeof (value as FigureSet).title === 'string' && typeof (value as FigureSet).measure === 'function';
}

async function main(): Promise<void> {
  const file = resolve(process.argv[2]);
  const module = (await import(file)) as { figures?: unknown };
  if (!isFigureSet(module.figures)) throw new Error(`${file} must export \`figures\`, a FigureSet (see bench/figure.ts)`);
  const figures: Figure[] = await module.figures.measure((line) => process.stderr.write(`[bench]   ${line}\n`));
  process.stdout.write(JSON.stringify({ title: module.figures.title, figures }));
}

main().catch((e: unknown) => {
  process.stderr.write(`[bench] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
