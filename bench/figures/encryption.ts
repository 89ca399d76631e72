/**
 * Encryption at rest: the time an unlock takes with the product's scrypt cost (N = 2^17, r = 8,
 * p = 1), in Node and in Chromium, and the member's save path (setScore / setEvidence, the
 * functions the scoring screen's save queue calls, until IndexedDB commits) with encryption off
 * and on, in headless Chromium with real IndexedDB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import {
  DEFAULT_SCRYPT,
  derivePassphraseKey,
  newPassphraseKeyParams,
} from '../../core/crypto/passphrase-seal';
import { launchBrowser, newProfileDir, removeProfile } from '../../tests/e2e/browser';
import type { Figure, FigureSet } from '../figure';

const ROOT = resolve(__dirname, '..', '..');
const SAVES = 400;
const UNLOCKS = 3;

/** The page: the app's own db modules, driven from window.encryptionBench. */
const PAGE_ENTRY = `
import { DEFAULT_SCRYPT, newDataKey } from 'CORE/crypto/passphrase-seal';
import { createVault, openVault, encryptionMiddleware, openRow, sealRow } from 'RENDERER/db/encryption';
import { setDatabaseOpener } from 'RENDERER/db/connection';
import { PanelscoreDatabase } from 'RENDERER/db/schema';
import { setEvidence, setScore } from 'RENDERER/db';

const texts = { plain: '', sealed: '' };
async function save(kind, i) {
  const workspaceId = 'member:bench-' + kind;
  const started = performance.now();
  if (i % 2 === 0) await setScore(workspaceId, 'cand-0' + (1 + (i % 5)), 'crit-' + (i % 6), 1 + (i % 5));
  else {
    texts[kind] += 'abcdefghij klmnopqrstuvwxyz'[i % 27];
    await setEvidence(workspaceId, 'cand-01', 'crit-1', texts[kind]);
  }
  return performance.now() - started;
}

window.encryptionBench = {
  // The CPU cost alone: seal and open one score row with evidence notes (a save seals 2 rows and opens 3).
  rowMicros(rows) {
    const key = newDataKey();
    const spec = { table: 'scores', fields: ['workspaceId', 'candidateId', 'criterionId'], autoIncrementField: null };
    const row = { workspaceId: 'member:ex', candidateId: 'cand-01', criterionId: 'crit-1', score: 4, evidence: 'x'.repeat(400), updatedAt: new Date().toISOString() };
    for (let i = 0; i < 500; i++) openRow(key, spec, sealRow(key, spec, row));
    const started = performance.now();
    for (let i = 0; i < rows; i++) openRow(key, spec, sealRow(key, spec, row));
    return ((performance.now() - started) * 1000) / rows;
  },
  async unlockMs(rounds) {
    const { record } = await createVault('a bench passphrase of four words', { params: DEFAULT_SCRYPT });
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      await openVault(record, 'a bench passphrase of four words');
      times.push(performance.now() - started);
    }
    return times;
  },
  // Batches alternate between a plain and an encrypted database (same code path, db() switched),
  // so both see the same machine load; the first save of a batch (re-opening) is left out.
  async saveMs(count, batch) {
    const ref = { current: newDataKey() };
    const openers = {
      plain: () => new PanelscoreDatabase('bench-plain'),
      sealed: () => { const d = new PanelscoreDatabase('bench-sealed'); d.use(encryptionMiddleware(ref)); return d; },
    };
    const times = { plain: [], sealed: [] };
    for (let done = 0; done < count; done += batch) {
      for (const kind of ['plain', 'sealed']) {
        setDatabaseOpener(openers[kind]);
        await save(kind, done);
        for (let i = 1; i < batch; i++) times[kind].push(await save(kind, done + i));
      }
    }
    return times;
  },
};
`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

async function writePage(dir: string): Promise<void> {
  const path = (...parts: string[]) => join(ROOT, ...parts).replaceAll('\\', '/');
  const entry = PAGE_ENTRY.replaceAll("'RENDERER/", `'${path('renderer', 'src')}/`).replaceAll(
    "'CORE/",
    `'${path('core')}/`,
  );
  await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'encryption-page.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    define: {
      'process.env.NODE_ENV': '"production"',
      'import.meta.env.DEV': 'false',
      'import.meta.env.PROD': 'true',
    },
    outfile: join(dir, 'page.js'),
    logLevel: 'error',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"><script type="module" src="page.js"></script>\n',
  );
}

export const figures: FigureSet = {
  title: `encryption at rest: unlock (scrypt N=2^${Math.log2(DEFAULT_SCRYPT.N)}, r=${DEFAULT_SCRYPT.r}) and ${SAVES} member saves with encryption off and on (Chromium, IndexedDB)`,
  async measure(log) {
    const nodeUnlocks: number[] = [];
    for (let i = 0; i < UNLOCKS; i++) {
      const started = performance.now();
      await derivePassphraseKey('a bench passphrase of four words', newPassphraseKeyParams());
      nodeUnlocks.push(performance.now() - started);
    }
    log(`unlock in Node: ${nodeUnlocks.map((ms) => ms.toFixed(0)).join(', ')} ms`);

    const dir = mkdtempSync(join(tmpdir(), 'panelscore-bench-encryption-'));
    const profile = await newProfileDir();
    try {
      await writePage(dir);
      const { startServer } = await import('../../tests/e2e/serve.mjs');
      const server = await startServer({ root: dir });
      const session = await launchBrowser(profile);
      try {
        await session.page.goto(`${server.url}/index.html`);
        await session.page.waitForFunction('window.encryptionBench !== undefined');
        type Bench = {
          rowMicros(n: number): number;
          unlockMs(n: number): Promise<number[]>;
          saveMs(n: number, batch: number): Promise<{ plain: number[]; sealed: number[] }>;
        };
        const rowMicros = await session.page.evaluate(
          (n) => (globalThis as unknown as { encryptionBench: Bench }).encryptionBench.rowMicros(n),
          3000,
        );
        log(`seal + open of a score row: ${rowMicros.toFixed(0)} µs`);
        const chromiumUnlocks = await session.page.evaluate(
          (n) => (globalThis as unknown as { encryptionBench: Bench }).encryptionBench.unlockMs(n),
          UNLOCKS,
        );
        log(`unlock in Chromium: ${chromiumUnlocks.map((ms) => ms.toFixed(0)).join(', ')} ms`);
        const { plain, sealed } = await session.page.evaluate(
          (n) => (globalThis as unknown as { encryptionBench: Bench }).encryptionBench.saveMs(n, 50),
          SAVES,
        );
        if (session.problems.errors.length > 0)
          throw new Error(`the page reported errors: ${session.problems.errors.join('; ')}`);
        log(
          `save p50/p95 off: ${percentile(plain, 50).toFixed(1)}/${percentile(plain, 95).toFixed(1)} ms; on: ${percentile(sealed, 50).toFixed(1)}/${percentile(sealed, 95).toFixed(1)} ms`,
        );
        const out: Figure[] = [
          {
            name: 'unlock-node-ms',
            label: 'Unlock (scrypt N=2^17 + unwrap), Node, median',
            value: Math.round(percentile(nodeUnlocks, 50)),
            unit: 'ms',
          },
          {
            name: 'unlock-chromium-ms',
            label: 'Unlock (scrypt N=2^17 + unwrap), Chromium, median',
            value: Math.round(percentile(chromiumUnlocks, 50)),
            unit: 'ms',
            target: { max: 3000 },
          },
          {
            name: 'save-p95-plain-ms',
            label: 'Member save to IndexedDB commit, encryption off, p95',
            value: round1(percentile(plain, 95)),
            unit: 'ms',
          },
          {
            name: 'save-p95-encrypted-ms',
            label: 'Member save to IndexedDB commit, encryption on, p95',
            value: round1(percentile(sealed, 95)),
            unit: 'ms',
            target: { max: 16 },
          },
          {
            name: 'row-seal-open-us',
            label: 'Seal + open one score row (AES-256-GCM, Chromium)',
            value: Math.round(rowMicros),
            unit: 'µs',
          },
          {
            name: 'save-p50-slowdown-ms',
            label: 'Encryption slowdown of a member save, median',
            value: round1(percentile(sealed, 50) - percentile(plain, 50)),
            unit: 'ms',
          },
        ];
        return out;
      } finally {
        await session.close();
        await server.close();
      }
    } finally {
      await removeProfile(profile);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
