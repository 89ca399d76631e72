import { afterEach, describe, expect, it } from 'vitest';
import { PanelscoreDatabase, SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import {
  WorkspaceError,
  getDocument,
  getExercise,
  importExercise,
  listDocumentPaths,
  listWorkspaces,
  resetDatabase,
} from '../../renderer/src/db';
import { fingerprint } from '../../core/crypto/ed25519';
import { fixturePackage, testKey } from './helpers/exercise-fixture';

afterEach(async () => {
  await resetDatabase();
});

describe('database schema', () => {
  it('declares versions in increasing order, so Dexie can upgrade step by step', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('opens an empty database with every table the coming features need', async () => {
    const database = new PanelscoreDatabase('schema-fresh');
    await database.open();
    expect(database.tables.map((t) => t.name).sort()).toEqual(
      ['candidateNotes', 'debrief', 'documents', 'editLog', 'exercises', 'exportedSheets', 'scores', 'settings', 'sheets', 'trust', 'workspaces'].sort(),
    );
    database.close();
    await database.delete();
  });

  it('keeps the rows of every older version when the current schema opens the database', async () => {
    const name = 'schema-upgrade';
    for (let upTo = 1; upTo <= SCHEMA_VERSIONS.length; upTo++) {
      const old = new PanelscoreDatabase(name, SCHEMA_VERSIONS.slice(0, upTo));
      await old.workspaces.put({ id: `member:ex-${upTo}`, role: 'member', exerciseId: `ex-${upTo}`, title: `Exercise ${upTo}`, createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z' });
      await old.scores.put({ workspaceId: `member:ex-${upTo}`, candidateId: 'cand-1', criterionId: 'leadership', score: 4, updatedAt: '2026-05-01T00:00:00.000Z' });
      old.close();
      const current = new PanelscoreDatabase(name);
      expect(await current.workspaces.get(`member:ex-${upTo}`)).toMatchObject({ title: `Exercise ${upTo}` });
      expect(await current.scores.where('[workspaceId+candidateId]').equals([`member:ex-${upTo}`, 'cand-1']).count()).toBe(1);
      current.close();
    }
    await new PanelscoreDatabase(name).delete();
  });

  it('numbers edit log entries in the order they were appended', async () => {
    const database = new PanelscoreDatabase('schema-editlog');
    const entry = (prevHash: string | null, hash: string) => ({ workspaceId: 'member:ex-1', at: '2026-05-01T00:00:00.000Z', action: 'score', detail: {}, prevHash, hash });
    const first = await database.editLog.add(entry(null, 'sha256:00'));
    const second = await database.editLog.add(entry('sha256:00', 'sha256:01'));
    expect(second).toBeGreaterThan(first);
    const inOrder = await database.editLog.where('[workspaceId+seq]').between(['member:ex-1', 0], ['member:ex-1', Infinity]).toArray();
    expect(inOrder.map((e) => e.hash)).toEqual(['sha256:00', 'sha256:01']);
    database.close();
    await database.delete();
  });
});

describe('importExercise', () => {
  it('stores the exercise, its documents and the workspace, readable afterwards', async () => {
    const pkg = fixturePackage();
    const outcome = await importExercise('member', pkg, new Date('2026-05-03T10:00:00Z'));
    expect(outcome).toEqual({ workspaceId: 'member:ex-1', status: 'imported' });

    const stored = await getExercise('member:ex-1');
    expect(stored?.exercise).toEqual(pkg.exercise);
    expect(stored?.exerciseHash).toBe(pkg.exerciseHash);
    expect(stored?.secretariatFingerprint).toBe(fingerprint(testKey(1)));
    expect(stored?.importedAt).toBe('2026-05-03T10:00:00.000Z');
    const cv = await getDocument('member:ex-1', 'documents/cand-1/cv.pdf');
    expect(cv?.mediaType).toBe('application/pdf');
    expect(Array.from(cv!.bytes)).toEqual(Array.from(pkg.documents.get('documents/cand-1/cv.pdf')!));
    expect(await listWorkspaces()).toMatchObject([{ id: 'member:ex-1', role: 'member', title: 'Head of Unit' }]);
  });

  it('keeps a separate workspace per role, so one role never reads another role’s copy', async () => {
    await importExercise('member', fixturePackage());
    await importExercise('secretariat', fixturePackage());
    expect((await listWorkspaces('member')).map((w) => w.id)).toEqual(['member:ex-1']);
    expect((await listWorkspaces('secretariat')).map((w) => w.id)).toEqual(['secretariat:ex-1']);
    expect(await getExercise('debrief:ex-1')).toBeUndefined();
  });

  it('reports an identical package as unchanged and keeps the first import time', async () => {
    await importExercise('member', fixturePackage(), new Date('2026-05-03T10:00:00Z'));
    const again = await importExercise('member', fixturePackage(), new Date('2026-05-04T10:00:00Z'));
    expect(again.status).toBe('unchanged');
    expect((await getExercise('member:ex-1'))?.importedAt).toBe('2026-05-03T10:00:00.000Z');
  });

  it('replaces the exercise and its documents when a newer package from the same secretariat arrives', async () => {
    await importExercise('member', fixturePackage({ revision: 1 }));
    const newer = fixturePackage({ revision: 2, title: 'Head of Unit (revised)' });
    expect((await importExercise('member', newer)).status).toBe('updated');
    expect((await getExercise('member:ex-1'))?.exercise.title).toBe('Head of Unit (revised)');
    const cv = await getDocument('member:ex-1', 'documents/cand-1/cv.pdf');
    expect(Array.from(cv!.bytes)).toEqual(Array.from(newer.documents.get('documents/cand-1/cv.pdf')!));
  });

  it('refuses a package for the same exercise signed by another secretariat key, naming both fingerprints', async () => {
    await importExercise('member', fixturePackage({ secretariatSeed: 1 }));
    const impostor = fixturePackage({ secretariatSeed: 2, revision: 2, title: 'Forged' });
    const attempt = importExercise('member', impostor);
    await expect(attempt).rejects.toBeInstanceOf(WorkspaceError);
    await expect(attempt).rejects.toThrow(fingerprint(testKey(2)));
    await expect(attempt).rejects.toThrow(fingerprint(testKey(1)));
    expect((await getExercise('member:ex-1'))?.exercise.title).toBe('Head of Unit');
  });

  it('writes nothing at all when a listed document is missing from the package', async () => {
    const broken = fixturePackage({ dropDocument: 'documents/cand-1/cv.pdf' });
    await expect(importExercise('member', broken)).rejects.toThrow(/does not contain it/);
    expect(await listWorkspaces()).toEqual([]);
    expect(await getExercise('member:ex-1')).toBeUndefined();
    expect(await listDocumentPaths('member:ex-1')).toEqual([]);
  });
});

describe('listWorkspaces', () => {
  it('lists the most recently used workspace first', async () => {
    await importExercise('member', fixturePackage({ exerciseId: 'older' }), new Date('2026-05-01T00:00:00Z'));
    await importExercise('member', fixturePackage({ exerciseId: 'newer' }), new Date('2026-05-02T00:00:00Z'));
    await importExercise('debrief', fixturePackage({ exerciseId: 'other-role' }), new Date('2026-05-03T00:00:00Z'));
    expect((await listWorkspaces('member')).map((w) => w.exerciseId)).toEqual(['newer', 'older']);
    expect((await listWorkspaces()).map((w) => w.id)).toEqual(['debrief:other-role', 'member:newer', 'member:older']);
  });
});
