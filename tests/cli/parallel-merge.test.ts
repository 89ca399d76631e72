import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonical, documentHash } from '../../core/canonical';
import { readPackage } from '../../core/package/package';
import { generateExercise } from '../../bench/generate';
import { utf8Encode } from '../../core/encoding';
import { nobleHashes, useHashImplementation } from '../../core/hash-provider';
import { parseStrictJson } from '../../core/json/strict-json';
import { checkSheetBytes, mergeContext, mergeSheets } from '../../core/merge/merge';
import { installNativeHashes } from '../../cli/src/native-hashes';
import { checkSheetFiles, mergeSheetsInParallel, startSheetCheckersFor } from '../../cli/src/parallel-merge';
import { startSheetCheckers } from '../../cli/src/sheet-checkers';
import { type Fixture, SECRETS, fixture, pin, rated, recusal, sheetFile, trustFile } from '../core/merge-fixtures';

describe('mergeSheetsInParallel', () => {
  let fx: Fixture;
  let pool: Uint8Array[];
  let trust: Uint8Array;
  let expected: Uint8Array;
  beforeAll(async () => {
    fx = await fixture({
      panel: [...(await fixture()).exercise.panel, { id: 'm-fiji', name: 'Mere Vula', role: 'member' }],
    });
    trust = trustFile([pin('m-fiji', SECRETS.another)]);
    const norway = await sheetFile(fx, 'm-norway', SECRETS.norway, { revision: 2, candidates: [rated('cand-01', { leadership: 5, diplomacy: 1 }), recusal('cand-02')] });
    pool = [
      await sheetFile(fx, 'm-norway', SECRETS.norway, { revision: 1 }),
      norway,
      norway, // a byte-identical copy
      canonical(parseStrictJson(norway)), // the same document, other bytes
      await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 4, candidates: [rated('cand-01', { leadership: 2 })] }),
      await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 4, candidates: [rated('cand-01', { leadership: 3 })] }), // conflict
      await sheetFile(fx, 'm-chile', SECRETS.chile, { candidates: [rated('cand-01', { leadership: 3, diplomacy: 3 })] }),
      await sheetFile(fx, 'm-fiji', SECRETS.another, { candidates: [rated('cand-02', { leadership: 4, diplomacy: 5 })] }),
      await sheetFile(fx, 'm-fiji', SECRETS.other, { revision: 7 }), // not the pinned key
      utf8Encode('{"memberId":"m-laos","broken":'),
    ];
    expected = canonical(mergeSheets({ pkg: fx.pkg, sheets: pool, trust }));
  });
  afterAll(() => useHashImplementation(nobleHashes));

  it.each([2, 3])('gives the bytes of mergeSheets with %i threads, whoever checks which file', async (threads) => {
    const record = await mergeSheetsInParallel({ pkg: fx.pkg, sheets: pool, trust }, { threads, minBytes: 0 });
    expect(canonical(record)).toEqual(expected);
  });

  it.each([1, 2])('gives the bytes of mergeSheets with every file checked on %i worker thread(s)', async (threads) => {
    const record = await mergeSheetsInParallel({ pkg: fx.pkg, sheets: pool, trust }, { threads, offMainThread: true });
    expect(canonical(record)).toEqual(expected);
  });

  it('gives the same bytes on one thread and with native hashes', async () => {
    expect(canonical(await mergeSheetsInParallel({ pkg: fx.pkg, sheets: pool, trust }, { threads: 1 }))).toEqual(expected);
    installNativeHashes();
    expect(canonical(mergeSheets({ pkg: fx.pkg, sheets: pool, trust }))).toEqual(expected);
    expect(canonical(await mergeSheetsInParallel({ pkg: fx.pkg, sheets: pool, trust }, { threads: 2, minBytes: 0 }))).toEqual(expected);
  });

  it('uses worker threads started ahead from the files on disk, and gives the same bytes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'panelscore-parallel-'));
    try {
      const paths = pool.map((bytes, i) => {
        const path = join(folder, `${i}.scores.json`);
        writeFileSync(path, bytes);
        return path;
      });
      expect(await startSheetCheckersFor(paths)).toBeUndefined(); // a few kB: not worth a thread
      const checkers = await startSheetCheckersFor(paths, { threads: 2, minBytes: 0 });
      expect(checkers).toBeDefined();
      const record = await mergeSheetsInParallel({ pkg: fx.pkg, sheets: pool, trust }, { threads: 2, minBytes: 0, ...(checkers && { checkers }) });
      expect(canonical(record)).toEqual(expected);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('checks on the calling thread the sheets of workers that stopped before answering', async () => {
    const checkers = startSheetCheckers(2);
    const merged = mergeSheetsInParallel({ pkg: fx.pkg, sheets: pool, trust }, { threads: 2, offMainThread: true, checkers });
    checkers.stop(); // both workers end while loading, or with sheets claimed
    expect(canonical(await merged)).toEqual(expected);
  });

  it('stops on a bad trust file before starting any worker, as mergeSheets does', async () => {
    const bad = utf8Encode('{"format":"panelscore.trust"');
    expect(() => mergeSheets({ pkg: fx.pkg, sheets: pool, trust: bad })).toThrow(/trust file cannot be read/);
    await expect(mergeSheetsInParallel({ pkg: fx.pkg, sheets: pool, trust: bad }, { threads: 2, minBytes: 0 })).rejects.toThrow(/trust file cannot be read/);
  });
});

describe('mergeSheetsInParallel on a generated exercise', () => {
  afterAll(() => useHashImplementation(nobleHashes));

  it('gives the record of the pure single-thread merge with native hashes, on one thread and on workers', async () => {
    const generated = await generateExercise({ members: 8, candidates: 120, criteria: 6 });
    const pkg = await readPackage(generated.packageBytes);
    useHashImplementation(nobleHashes);
    const expectedHash = documentHash(mergeSheets({ pkg, sheets: generated.sheets }));
    installNativeHashes();
    for (const options of [{ threads: 1 }, { threads: 2, minBytes: 0 }, { threads: 2, offMainThread: true }]) {
      expect(documentHash(await mergeSheetsInParallel({ pkg, sheets: generated.sheets }, options))).toBe(expectedHash);
    }
  });
});

describe('checkSheetFiles', () => {
  it('returns one check per file, in input order, on the main thread or on workers', async () => {
    const fx = await fixture();
    const sheets = [
      await sheetFile(fx, 'm-norway', SECRETS.norway),
      utf8Encode('not json'),
      await sheetFile(fx, 'm-laos', SECRETS.laos),
    ];
    const context = mergeContext(fx.pkg);
    for (const options of [{ threads: 1 }, { threads: 2, minBytes: 0 }, { threads: 2, offMainThread: true }]) {
      const checks = await checkSheetFiles({ pkg: fx.pkg, sheets }, context, options);
      expect(checks.map((c) => c.accepted?.memberId ?? c.rejected?.reason.slice(0, 32))).toEqual([
        'm-norway',
        'the file is not a readable score',
        'm-laos',
      ]);
    }
  });
});

describe('startSheetCheckers', () => {
  it('checks on a worker every sheet left when it is ready, as core does on this thread', async () => {
    const fx = await fixture();
    const sheets = [await sheetFile(fx, 'm-norway', SECRETS.norway), utf8Encode('[]'), await sheetFile(fx, 'm-laos', SECRETS.other)];
    const context = mergeContext(fx.pkg);
    const checkers = startSheetCheckers(1);
    try {
      checkers.offer({ pkg: fx.pkg, trust: undefined, sheets, next: new Int32Array(new SharedArrayBuffer(4)) });
      const checks = await checkers.finish();
      expect(checks.map(([i]) => i).sort()).toEqual([0, 1, 2]);
      for (const [i, check] of checks) expect(check).toEqual(checkSheetBytes(sheets[i], context));
    } finally {
      checkers.stop();
    }
  });
});
