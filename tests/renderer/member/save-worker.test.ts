// The save worker and the page's channel to it: score and evidence changes committed off the
// page's thread, answered once committed, refused with their reason, and run on the page's own
// thread when no worker can start. The worker side is loaded as a separate module graph (its own
// connection, as in a real worker) over the same IndexedDB.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  WorkspaceError,
  findBrokenLink,
  readCandidateWork,
  readEditLog,
  resetDatabase,
  setEvidence,
  setScore,
} from '../../../renderer/src/db';
import { SEALED_DATABASE_NAME, db, openSealedDatabase, setDatabaseTarget } from '../../../renderer/src/db/connection';
import { PanelscoreDatabase } from '../../../renderer/src/db/schema';
import { type SaveReply, type SaveRequest, reviveError, retireSaveWorker } from '../../../renderer/src/db/save-channel';
import type { saveWorkerHandler } from '../../../renderer/src/db/save-worker';
import { describeWriteFailure, diskFullMessage, isStorageFull } from '../../../renderer/src/db/storage-errors';

type WorkerSide = { saveWorkerHandler: typeof saveWorkerHandler };

const WS = 'member:ex-save-worker';
const CAND = 'cand-1';
const AT = (second: number) => new Date(Date.UTC(2026, 4, 4, 9, 0, second));

/** The save worker's module, loaded fresh: its own connection and caches, like a worker's. */
async function loadWorkerSide(): Promise<WorkerSide> {
  vi.resetModules();
  return import('../../../renderer/src/db/save-worker');
}

/** A Worker stand-in that runs the worker side's handler, answering asynchronously like a thread would. */
function installFakeWorker(workerSide: WorkerSide, options: { failToStart?: boolean } = {}) {
  const started: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: { data: SaveReply }) => void) | null = null;
    onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
    readonly received: SaveRequest[] = [];
    closed = false;
    private readonly handle = workerSide.saveWorkerHandler(
      (reply) => setTimeout(() => this.onmessage?.({ data: reply })),
      () => {
        this.closed = true;
      },
    );
    constructor() {
      started.push(this);
      if (options.failToStart)
        setTimeout(() => this.onerror?.({ message: 'the script could not be loaded', preventDefault: () => undefined }));
    }
    postMessage(request: SaveRequest): void {
      this.received.push(request);
      if (!options.failToStart) setTimeout(() => this.handle(request));
    }
    terminate(): void {
      this.closed = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return started;
}

beforeEach(() => {
  setDatabaseTarget({ kind: 'plain' });
});

afterEach(async () => {
  retireSaveWorker();
  vi.unstubAllGlobals();
  setDatabaseTarget({ kind: 'plain' });
  await resetDatabase();
  await new PanelscoreDatabase(SEALED_DATABASE_NAME).delete();
});

describe('saveWorkerHandler', () => {
  it('commits a change, then answers with the time it was committed', async () => {
    const workerSide = await loadWorkerSide();
    const replies: SaveReply[] = [];
    const handle = workerSide.saveWorkerHandler((reply) => replies.push(reply), () => undefined);
    handle({ type: 'open', target: { kind: 'plain' } });
    const before = performance.timeOrigin + performance.now();
    handle({ type: 'change', id: 7, key: [WS, CAND, 'c1'], change: { field: 'evidence', evidence: 'clear account', at: AT(1).toISOString() } });
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    expect(replies[0]).toMatchObject({ id: 7, ok: true });
    expect((replies[0] as { committedAt: number }).committedAt).toBeGreaterThanOrEqual(before);
    expect(await db().scores.get([WS, CAND, 'c1'])).toMatchObject({ evidence: 'clear account', score: null });
    expect((await readEditLog(WS)).map((e) => e.action)).toEqual(['evidence']);
  });

  it('refuses a change for a recused candidate with the reason, and stores nothing', async () => {
    const workerSide = await loadWorkerSide();
    await db().candidateNotes.put({ workspaceId: WS, candidateId: CAND, recused: true, recusalReason: 'former colleague', updatedAt: AT(0).toISOString() });
    const replies: SaveReply[] = [];
    const handle = workerSide.saveWorkerHandler((reply) => replies.push(reply), () => undefined);
    handle({ type: 'open', target: { kind: 'plain' } });
    handle({ type: 'change', id: 1, key: [WS, CAND, 'c1'], change: { field: 'score', score: 4, at: AT(1).toISOString() } });
    await vi.waitFor(() => expect(replies).toHaveLength(1));
    const reply = replies[0];
    if (reply?.ok !== false) throw new Error(`expected a refusal, got ${JSON.stringify(reply)}`);
    const revived = reviveError(reply.error);
    expect(revived).toBeInstanceOf(WorkspaceError);
    expect(revived.message).toMatch(/recusal/);
    expect(await db().scores.get([WS, CAND, 'c1'])).toBeUndefined();
    expect(await readEditLog(WS)).toEqual([]);
  });

  it('writes sealed rows under the data key it was given, and zeroes its copy when told to close', async () => {
    const workerSide = await loadWorkerSide();
    const key = new Uint8Array(32).fill(9);
    const workerCopy = key.slice();
    let closed = false;
    const replies: SaveReply[] = [];
    const handle = workerSide.saveWorkerHandler((reply) => replies.push(reply), () => {
      closed = true;
    });
    handle({ type: 'open', target: { kind: 'sealed', key: workerCopy } });
    handle({ type: 'change', id: 1, key: [WS, CAND, 'c1'], change: { field: 'evidence', evidence: 'budget negotiation', at: AT(1).toISOString() } });
    handle({ type: 'close' });
    expect(closed).toBe(false);
    await vi.waitFor(() => expect(closed).toBe(true));
    expect(replies[0]).toMatchObject({ ok: true });
    expect([...workerCopy].every((byte) => byte === 0)).toBe(true);
    const sealed = openSealedDatabase({ current: key });
    const raw = new PanelscoreDatabase(SEALED_DATABASE_NAME);
    try {
      expect(await sealed.scores.get([WS, CAND, 'c1'])).toMatchObject({ evidence: 'budget negotiation' });
      const stored = await raw.scores.get([WS, CAND, 'c1']);
      expect(JSON.stringify(stored)).not.toContain('budget negotiation');
    } finally {
      sealed.close();
      raw.close();
    }
  });
});

describe('saveScoreChange through the save worker', () => {
  it('sends changes to the worker, which commits them with an intact edit-log chain', async () => {
    const workers = installFakeWorker(await loadWorkerSide());
    await readCandidateWork(WS, CAND);
    await setEvidence(WS, CAND, 'c1', 'a', AT(1));
    await setEvidence(WS, CAND, 'c1', 'ab', AT(2));
    await setScore(WS, CAND, 'c1', 4, AT(3));
    expect(workers).toHaveLength(1);
    expect(workers[0]?.received.map((r) => r.type)).toEqual(['open', 'remember', 'change', 'change', 'change']);
    expect(await db().scores.get([WS, CAND, 'c1'])).toMatchObject({ evidence: 'ab', score: 4 });
    const log = await readEditLog(WS);
    expect(log.map((e) => e.action)).toEqual(['evidence', 'evidence', 'score']);
    expect(findBrokenLink(log)).toBeNull();
  });

  it('lets the worker close and starts another when the database changes (lock, encryption turned on)', async () => {
    const workers = installFakeWorker(await loadWorkerSide());
    await setEvidence(WS, CAND, 'c1', 'a', AT(1));
    setDatabaseTarget({ kind: 'plain' });
    await vi.waitFor(() => expect(workers[0]?.closed).toBe(true));
    await setEvidence(WS, CAND, 'c1', 'ab', AT(2));
    expect(workers).toHaveLength(2);
    expect((await db().scores.get([WS, CAND, 'c1']))?.evidence).toBe('ab');
  });

  it('starts no worker while the workspace is locked: the change is refused as locked', async () => {
    const workers = installFakeWorker(await loadWorkerSide());
    setDatabaseTarget({ kind: 'locked' });
    await expect(setEvidence(WS, CAND, 'c1', 'a', AT(1))).rejects.toThrow(/locked/);
    expect(workers).toHaveLength(0);
  });

  it('says "Not saved" for a change in hand when the worker fails, then saves on this thread', async () => {
    const workers = installFakeWorker(await loadWorkerSide(), { failToStart: true });
    await expect(setEvidence(WS, CAND, 'c1', 'a', AT(1))).rejects.toThrow(/Not saved: the saving helper stopped/);
    expect(await db().scores.get([WS, CAND, 'c1'])).toBeUndefined();
    await setEvidence(WS, CAND, 'c1', 'a', AT(2));
    expect(workers).toHaveLength(1);
    expect((await db().scores.get([WS, CAND, 'c1']))?.evidence).toBe('a');
  });
});

describe('reviveError', () => {
  it('keeps a full disk recognisable, so the screen gives the disk-full advice', () => {
    const revived = reviveError({ name: 'AbortError', message: 'transaction aborted', storageFull: true });
    expect(isStorageFull(revived)).toBe(true);
    expect(describeWriteFailure(revived)).toBe(diskFullMessage());
  });

  it('keeps the message of any other failure', () => {
    const revived = reviveError({ name: 'DataError', message: 'the key is not valid', storageFull: false });
    expect(revived.name).toBe('DataError');
    expect(describeWriteFailure(revived)).toBe('the key is not valid');
  });
});
