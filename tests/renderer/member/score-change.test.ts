// The keystroke path of the member's scores: once a candidate's work has been read, a change
// sends its checking reads together with its writes; whatever another window did meanwhile
// must still leave the right row and an intact edit-log chain.

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  WorkspaceError,
  findBrokenLink,
  readCandidateWork,
  readEditLog,
  resetDatabase,
  setComment,
  setEvidence,
  setScore,
} from '../../../renderer/src/db';
import { SEALED_DATABASE_NAME, db, observeQuery, setDatabaseTarget } from '../../../renderer/src/db/connection';
import { PanelscoreDatabase } from '../../../renderer/src/db/schema';

const WS = 'member:ex-keys';
const CAND = 'cand-1';
const AT = (second: number) => new Date(Date.UTC(2026, 4, 4, 9, 0, second));

afterEach(async () => {
  await resetDatabase();
});

/** Records the order in which object-store requests are issued and answered. */
function recordRequests(): { events: string[]; stop: () => void } {
  const events: string[] = [];
  const proto = IDBObjectStore.prototype;
  const originals = { get: proto.get, put: proto.put };
  for (const name of ['get', 'put'] as const) {
    const original = originals[name] as (...args: unknown[]) => IDBRequest;
    (proto as unknown as Record<string, unknown>)[name] = function (this: IDBObjectStore, ...args: unknown[]) {
      const request = original.apply(this, args);
      events.push(`${name} ${this.name}`);
      request.addEventListener('success', () => events.push(`answered ${name} ${this.name}`));
      return request;
    };
  }
  return { events, stop: () => Object.assign(proto, originals) };
}

/** The object-store requests `work` issues and their answers, in order. */
async function requestsDuring(work: () => Promise<void>): Promise<string[]> {
  const { events, stop } = recordRequests();
  try {
    await work();
  } finally {
    stop();
  }
  return events;
}

describe('setEvidence and setScore after readCandidateWork', () => {
  it('sends the write with its checking reads, before any answer comes back', async () => {
    await readCandidateWork(WS, CAND);
    await setEvidence(WS, CAND, 'c1', 'a', AT(1));
    const events = await requestsDuring(() => setEvidence(WS, CAND, 'c1', 'ab', AT(2)));
    expect(events.indexOf('put scores')).toBeGreaterThan(-1);
    expect(events.indexOf('put scores')).toBeLessThan(events.indexOf('answered get scores'));
    expect((await db().scores.get([WS, CAND, 'c1']))?.evidence).toBe('ab');
  });

  it('keeps the edit-log chain intact when another change was logged between two keystrokes', async () => {
    await readCandidateWork(WS, CAND);
    await setEvidence(WS, CAND, 'c1', 'a', AT(1));
    await setComment(WS, CAND, 'strong answers', AT(2));
    await setEvidence(WS, CAND, 'c1', 'ab', AT(3));
    await setScore(WS, CAND, 'c1', 4, AT(4));
    const log = await readEditLog(WS);
    expect(log.map((e) => e.action)).toEqual(['evidence', 'comment', 'evidence', 'score']);
    expect(findBrokenLink(log)).toBeNull();
  });

  it('keeps a score another window set meanwhile when the evidence changes', async () => {
    await readCandidateWork(WS, CAND);
    await setEvidence(WS, CAND, 'c1', 'a', AT(1));
    // Another window: its own write, unknown to this one's memory of the row.
    await db().scores.put({ workspaceId: WS, candidateId: CAND, criterionId: 'c1', score: 3, evidence: 'a', updatedAt: AT(2).toISOString() });
    await setEvidence(WS, CAND, 'c1', 'ab', AT(3));
    expect(await db().scores.get([WS, CAND, 'c1'])).toMatchObject({ score: 3, evidence: 'ab' });
    expect(findBrokenLink(await readEditLog(WS))).toBeNull();
  });

  it('refuses a change for a candidate recused in another window and stores nothing of it', async () => {
    await readCandidateWork(WS, CAND);
    await setEvidence(WS, CAND, 'c1', 'a', AT(1));
    await db().candidateNotes.put({ workspaceId: WS, candidateId: CAND, recused: true, recusalReason: 'former colleague', updatedAt: AT(2).toISOString() });
    await expect(setEvidence(WS, CAND, 'c1', 'ab', AT(3))).rejects.toBeInstanceOf(WorkspaceError);
    expect((await db().scores.get([WS, CAND, 'c1']))?.evidence).toBe('a');
    expect((await readEditLog(WS)).map((e) => e.action)).toEqual(['evidence']);
  });

  it('leaves the row each change of a typed sequence asks for, with one chained entry per change', async () => {
    await readCandidateWork(WS, CAND);
    const text = 'Gave a clear account';
    for (let i = 1; i <= text.length; i++) await setEvidence(WS, CAND, 'c2', text.slice(0, i), AT(i));
    await setScore(WS, CAND, 'c2', 5, AT(40));
    await setEvidence(WS, CAND, 'c2', '', AT(41));
    await setScore(WS, CAND, 'c2', null, AT(42));
    expect(await db().scores.get([WS, CAND, 'c2'])).toBeUndefined();
    await setScore(WS, CAND, 'c3', 2, AT(43));
    expect(await db().scores.get([WS, CAND, 'c3'])).toMatchObject({ score: 2 });
    const log = await readEditLog(WS);
    expect(log).toHaveLength(text.length + 4);
    expect(findBrokenLink(log)).toBeNull();
  });

  it('starts again from the database after the whole database was reset', async () => {
    await readCandidateWork(WS, CAND);
    await setEvidence(WS, CAND, 'c1', 'a', AT(1));
    await resetDatabase();
    await setEvidence(WS, CAND, 'c1', 'b', AT(2));
    const log = await readEditLog(WS);
    expect(log).toHaveLength(1);
    expect(log[0]?.prevHash).toBeNull();
    expect((await db().scores.get([WS, CAND, 'c1']))?.evidence).toBe('b');
  });

  it('tells live queries of a one-trip change, as Dexie tells them of its own writes', async () => {
    await readCandidateWork(WS, CAND);
    await setEvidence(WS, CAND, 'c1', 'a', AT(1));
    const seen: string[] = [];
    const stop = observeQuery(
      async () => {
        const [rows, log] = await Promise.all([db().scores.where('workspaceId').equals(WS).toArray(), readEditLog(WS)]);
        return `${rows.map((r) => r.evidence).join()} / ${log.length}`;
      },
      (value) => seen.push(value),
      (error) => seen.push(`error: ${String(error)}`),
    );
    try {
      await vi.waitFor(() => expect(seen).toEqual(['a / 1']));
      await setEvidence(WS, CAND, 'c1', 'ab', AT(2));
      await vi.waitFor(() => expect(seen.at(-1)).toBe('ab / 2'));
    } finally {
      stop();
    }
  });

  it('seals a one-trip change in the encrypted database, with an intact chain', async () => {
    setDatabaseTarget({ kind: 'sealed', key: { current: new Uint8Array(32).fill(7) } });
    try {
      await readCandidateWork(WS, CAND);
      await setEvidence(WS, CAND, 'c1', 'budget', AT(1));
      const events = await requestsDuring(() => setEvidence(WS, CAND, 'c1', 'budget talks', AT(2)));
      expect(events.indexOf('put scores')).toBeLessThan(events.indexOf('answered get scores'));
      await setScore(WS, CAND, 'c1', 4, AT(3));
      expect(await db().scores.get([WS, CAND, 'c1'])).toMatchObject({ score: 4, evidence: 'budget talks' });
      const log = await readEditLog(WS);
      expect(log.map((e) => e.action)).toEqual(['evidence', 'evidence', 'score']);
      expect(findBrokenLink(log)).toBeNull();
      const raw = new PanelscoreDatabase(SEALED_DATABASE_NAME);
      try {
        const stored = JSON.stringify([await raw.scores.toArray(), await raw.editLog.toArray()]);
        expect(stored).toContain('"sealed"');
        expect(stored).not.toContain('budget');
      } finally {
        raw.close();
      }
    } finally {
      await resetDatabase();
      setDatabaseTarget({ kind: 'plain' });
    }
  });
});
