import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { newDataKey } from '../../../core/crypto/passphrase-seal';
import {
  type DataKeyRef,
  decodeRow,
  encodeRow,
  encryptionMiddleware,
} from '../../../renderer/src/db/encryption';
import { PanelscoreDatabase } from '../../../renderer/src/db/schema';

const NAME = 'sealed-middleware-test';
const opened: Dexie[] = [];

function sealedDatabase(ref: DataKeyRef): PanelscoreDatabase {
  const database = new PanelscoreDatabase(NAME);
  database.use(encryptionMiddleware(ref));
  opened.push(database);
  return database;
}

/** The same database without the middleware: what lies on disk. */
function rawDatabase(): PanelscoreDatabase {
  const database = new PanelscoreDatabase(NAME);
  opened.push(database);
  return database;
}

const score = {
  workspaceId: 'member:ex-1',
  candidateId: 'cand-01',
  criterionId: 'communication',
  score: 4,
  evidence: 'Quoted Zebulonius Quarternight on budgets',
  updatedAt: '2026-05-01T10:00:00.000Z',
};

afterEach(async () => {
  for (const database of opened.splice(0)) database.close();
  await Dexie.delete(NAME);
});

describe('encodeRow', () => {
  it('round-trips nested byte arrays, text and numbers', () => {
    const row = {
      a: 'Ünïcødé ’',
      n: 3.5,
      nested: { bytes: new Uint8Array([0, 1, 255]), list: [new Uint8Array([7]), null] },
    };
    expect(decodeRow(encodeRow(row))).toEqual(row);
  });

  it('refuses truncated bytes', () => {
    const bytes = encodeRow({ bytes: new Uint8Array(50) });
    expect(() => decodeRow(bytes.subarray(0, bytes.length - 10))).toThrow(/damaged/);
  });
});

describe('encryptionMiddleware', () => {
  it('gives back what was written, through get, where, toArray, cursors and modify', async () => {
    const database = sealedDatabase({ current: newDataKey() });
    await database.scores.put(score);
    await database.scores.put({ ...score, criterionId: 'budget', score: 2 });
    expect(await database.scores.get([score.workspaceId, score.candidateId, score.criterionId])).toEqual(
      score,
    );
    expect(
      await database.scores
        .where('[workspaceId+candidateId]')
        .equals([score.workspaceId, score.candidateId])
        .count(),
    ).toBe(2);
    const seen: (number | null)[] = [];
    await database.scores
      .where('workspaceId')
      .equals(score.workspaceId)
      .each((row) => seen.push(row.score));
    expect(seen.sort()).toEqual([2, 4]);
    await database.scores
      .where('workspaceId')
      .equals(score.workspaceId)
      .modify((row) => {
        row.score = 5;
      });
    expect((await database.scores.toArray()).map((row) => row.score)).toEqual([5, 5]);
    await database.editLog.add({
      workspaceId: score.workspaceId,
      at: score.updatedAt,
      action: 'score',
      detail: { score: 4 },
      prevHash: null,
      hash: 'sha256:00',
    });
    const [entry] = await database.editLog.toArray();
    expect(entry?.seq).toBeTypeOf('number');
    expect(entry?.detail).toEqual({ score: 4 });
  });

  it('leaves only the key and indexed fields readable on the underlying store', async () => {
    const database = sealedDatabase({ current: newDataKey() });
    await database.scores.put(score);
    database.close();
    const stored = (await rawDatabase().scores.toArray())[0] as unknown as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['candidateId', 'criterionId', 'sealed', 'workspaceId']);
    const text = new TextDecoder('latin1').decode(stored.sealed as Uint8Array);
    expect(text).not.toContain('Zebulonius');
  });

  it('refuses to store a Blob, which would reach the disk in clear', async () => {
    const database = sealedDatabase({ current: newDataKey() });
    const row = {
      workspaceId: 'w',
      path: 'cv.pdf',
      mediaType: 'application/pdf',
      sha256: 'sha256:00',
      bytes: new Uint8Array(0),
      blob: new Blob(['%PDF']),
    };
    await expect(database.documents.put(row as never)).rejects.toThrow(
      /Blob, which cannot be stored encrypted/,
    );
    expect(await database.documents.count()).toBe(0);
  });

  it('refuses to read rows with another key, and while locked', async () => {
    const ref: DataKeyRef = { current: newDataKey() };
    await sealedDatabase(ref).scores.put(score);
    opened[0]?.close();
    await expect(sealedDatabase({ current: newDataKey() }).scores.toArray()).rejects.toThrow(
      /cannot be decrypted/,
    );
    ref.current = null;
    await expect(sealedDatabase(ref).scores.toArray()).rejects.toThrow(/locked/);
  });

  it('refuses a sealed row moved under another key (bound to its clear fields)', async () => {
    const key = newDataKey();
    await sealedDatabase({ current: key }).scores.put(score);
    opened[0]?.close();
    const raw = rawDatabase();
    const stored = (await raw.scores.toArray())[0] as unknown as Record<string, unknown>;
    await raw.scores.put({ ...stored, candidateId: 'cand-02' } as never);
    raw.close();
    await expect(
      sealedDatabase({ current: key }).scores.get([score.workspaceId, 'cand-02', score.criterionId]),
    ).rejects.toThrow(/cannot be decrypted/);
  });
});
