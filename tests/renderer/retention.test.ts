import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDatabase, setComment, setScore } from '../../renderer/src/db';
import { db } from '../../renderer/src/db/connection';
import { belongsToWorkspace, closeWorkspace, exportEvidence, recordExport } from '../../renderer/src/db/retention';

const CLOSED = 'member:ex-closed';
const KEPT = 'member:ex-kept';
const AT = '2026-05-01T10:00:00.000Z';
const HASH = `sha256:${'ab'.repeat(32)}` as const;

/**
 * A row for `workspaceId` in each table of the schema. A table missing here fails the test below:
 * whoever adds a table must say what its rows look like, and closeWorkspace must then remove them.
 */
const ROWS_OF: Record<string, (workspaceId: string) => Record<string, unknown>[]> = {
  workspaces: (w) => [{ id: w, role: 'member', exerciseId: w.slice(7), title: 'Director', createdAt: AT, updatedAt: AT }],
  exercises: (w) => [{ workspaceId: w, exerciseId: w.slice(7), exerciseHash: HASH, exercise: {}, secretariatKey: 'k', secretariatFingerprint: 'f', importedAt: AT }],
  documents: (w) => [{ workspaceId: w, path: 'cand-1/cv.pdf', mediaType: 'application/pdf', sha256: HASH, bytes: new Uint8Array([1, 2]) }],
  scores: (w) => [{ workspaceId: w, candidateId: 'cand-1', criterionId: 'lead', score: 4, evidence: 'Led a team', updatedAt: AT }],
  candidateNotes: (w) => [{ workspaceId: w, candidateId: 'cand-1', comment: 'Strong', recused: false, updatedAt: AT }],
  editLog: (w) => [{ workspaceId: w, at: AT, action: 'score', detail: {}, prevHash: null, hash: HASH }],
  exportedSheets: (w) => [{ workspaceId: w, revision: 1, sheetHash: HASH, bytes: new Uint8Array([3]), exportedAt: AT }],
  sheets: (w) => [{ workspaceId: w, fileHash: HASH, fileName: 'm.scores.json', bytes: new Uint8Array([4]), memberId: 'm-1', addedAt: AT }],
  trust: (w) => [{ workspaceId: w, memberId: 'm-1', publicKey: 'k', fingerprint: 'f', confirmedAt: AT }],
  debrief: (w) => [{ workspaceId: w, decision: null, consensus: [], outcome: null, updatedAt: AT }],
  settings: (w) => [
    { key: `member-identity:${w}`, value: { workspaceId: w, memberId: 'm-1' } },
    { key: `secretariat-draft:${w}`, value: { title: 'draft' } },
    { key: `exported:${w}`, value: { workspaceId: w, what: 'Merge saved', at: AT } },
  ],
};

/** Every row and key of every table that mentions `workspaceId`, as `table: json`. */
async function traces(workspaceId: string): Promise<string[]> {
  const found: string[] = [];
  for (const table of db().tables) {
    await table.toCollection().each((row: unknown, cursor: { primaryKey: unknown }) => {
      const text = JSON.stringify([cursor.primaryKey, row]);
      if (text.includes(workspaceId)) found.push(`${table.name}: ${text}`);
    });
  }
  return found;
}

afterEach(async () => {
  await resetDatabase();
});

describe('closeWorkspace', () => {
  it('leaves no row of the closed workspace in any table of the schema, and every row of another', async () => {
    const database = db();
    const missing = database.tables.map((t) => t.name).filter((name) => !(name in ROWS_OF));
    expect(missing, 'a table has no sample rows in ROWS_OF: add them so closing an exercise is tested on it').toEqual([]);
    for (const table of database.tables) {
      await table.bulkAdd([...ROWS_OF[table.name](CLOSED), ...ROWS_OF[table.name](KEPT)]);
    }
    await database.settings.put({ key: 'debrief-presentation', value: { theme: 'light' } });
    expect(await traces(CLOSED)).not.toEqual([]);
    const keptBefore = await traces(KEPT);

    const counts = await closeWorkspace(CLOSED);

    expect(await traces(CLOSED)).toEqual([]);
    expect(await traces(KEPT)).toEqual(keptBefore);
    expect(await database.settings.get('debrief-presentation')).toBeDefined();
    expect(counts).toEqual(Object.fromEntries(database.tables.map((t) => [t.name, ROWS_OF[t.name](CLOSED).length])));
  });

  it('deletes nothing when any part fails: one transaction over every table', async () => {
    const database = db();
    await setScore(CLOSED, 'cand-1', 'lead', 3);
    await database.workspaces.add(ROWS_OF.workspaces(CLOSED)[0] as never);
    const tableProto = Object.getPrototypeOf(database.workspaces) as { bulkDelete: (this: { name: string }, keys: unknown[]) => Promise<void> };
    const realBulkDelete = tableProto.bulkDelete;
    // The last table to be cleared fails: the tables cleared before it must come back.
    vi.spyOn(tableProto, 'bulkDelete').mockImplementation(function (this: { name: string }, keys: unknown[]) {
      return this.name === 'settings' ? Promise.reject(new Error('disk error (simulated)')) : realBulkDelete.call(this, keys);
    });
    await expect(closeWorkspace(CLOSED)).rejects.toThrow('disk error (simulated)');
    vi.restoreAllMocks();
    expect(await database.scores.count()).toBe(1);
    expect(await database.workspaces.count()).toBe(1);
  });
});

describe('belongsToWorkspace', () => {
  it('tells a workspace’s rows from those of a workspace whose id merely contains it', () => {
    expect(belongsToWorkspace({ key: 'member-identity:member:ex' }, 'member-identity:member:ex', 'member:ex')).toBe(true);
    expect(belongsToWorkspace({ key: 'member-identity:member:ex-2' }, 'member-identity:member:ex-2', 'member:ex')).toBe(false);
    expect(belongsToWorkspace({ workspaceId: 'member:ex' }, ['member:ex', 'c'], 'member:ex')).toBe(true);
    expect(belongsToWorkspace({ workspaceId: 'member:ex-2' }, ['member:ex-2', 'c'], 'member:ex')).toBe(false);
    expect(belongsToWorkspace({ key: 'debrief-presentation', value: { theme: 'dark' } }, 'debrief-presentation', 'member:ex')).toBe(false);
  });
});

describe('exportEvidence', () => {
  it('says a member has exported nothing yet, then which revision, then that work changed after it', async () => {
    expect(await exportEvidence(CLOSED)).toMatchObject({ exported: false, summary: expect.stringMatching(/not exported a score sheet/) as string });
    await db().exportedSheets.add({ workspaceId: CLOSED, revision: 2, sheetHash: HASH, bytes: new Uint8Array([1]), exportedAt: AT });
    expect(await exportEvidence(CLOSED)).toMatchObject({ exported: true, changedSinceExport: false, summary: expect.stringMatching(/revision 2 was exported/) as string });
    await setComment(CLOSED, 'cand-1', 'Changed my mind', new Date('2026-05-02T00:00:00Z'));
    expect((await exportEvidence(CLOSED)).changedSinceExport).toBe(true);
  });

  it('counts a recorded merge export or a signed debrief decision for the secretariat', async () => {
    expect((await exportEvidence('secretariat:ex-1')).exported).toBe(false);
    await db().debrief.put({ workspaceId: 'debrief:ex-1', decision: null, consensus: [], outcome: { selected: ['c'] } as never, updatedAt: AT });
    expect(await exportEvidence('secretariat:ex-1')).toMatchObject({ exported: true, summary: expect.stringMatching(/decision was signed/) as string });
    await recordExport('secretariat:ex-2', 'The merge and its inputs were saved');
    expect((await exportEvidence('secretariat:ex-2')).summary).toMatch(/^The merge and its inputs were saved on /);
  });
});
