// Commands and queries for workspaces and the exercises they hold. An import writes
// the exercise, its documents and the workspace row in one transaction: all or nothing.

import type { VerifiedPackage } from '../../../core/package/package';
import { fingerprint } from '../../../core/crypto/ed25519';
import { type Role, workspaceIdOf } from '../roles';
import { db } from './connection';
import { documentBlobBytes, isBlob } from './encryption/documents-at-rest';
import { packageForStorage } from './encryption/session';
import type { DocumentRecord, ExerciseRecord, WorkspaceRecord } from './records';
import { WorkspaceError } from './workspace-error';

export { WorkspaceError } from './workspace-error';

export type ImportStatus = 'imported' | 'updated' | 'unchanged';

export interface ImportOutcome {
  workspaceId: string;
  status: ImportStatus;
}

/**
 * A verified package to store: documents as bytes, or as Blobs (a member's import of a large
 * package: slices of the picked file, which IndexedDB copies to disk without loading them).
 */
export type PackageToStore = Omit<VerifiedPackage, 'documents'> & {
  documents: ReadonlyMap<string, Uint8Array | Blob | PackedDocument>;
};

/** A document the package had deflated, kept packed (a slice of the picked file) until it is read. */
export interface PackedDocument {
  packed: Blob;
  /** Its size unpacked (checked, with its hash, when the package was verified). */
  size: number;
}

const NO_BYTES = new Uint8Array(0);

/**
 * Stores a verified package in the role's workspace for its exercise. The first
 * import pins the secretariat key; a later package signed by another key is refused.
 */
export async function importExercise(role: Role, pkg: PackageToStore, now: Date = new Date()): Promise<ImportOutcome> {
  // With encryption at rest on, Blob documents are read into bytes and sealed with their row.
  pkg = await packageForStorage(pkg);
  const { exercise, exerciseHash } = pkg;
  const workspaceId = workspaceIdOf(role, exercise.exerciseId);
  const secretariatKey = exercise.secretariat.publicKey;
  const at = now.toISOString();
  const database = db();
  return database.transaction('rw', [database.workspaces, database.exercises, database.documents], async () => {
    const existing = await database.exercises.get(workspaceId);
    if (existing && existing.secretariatKey !== secretariatKey) {
      throw new WorkspaceError(
        `This package for "${exercise.title}" is signed by secretariat key ${fingerprint(secretariatKey)}, ` +
          `but the exercise was first imported with key ${existing.secretariatFingerprint}. ` +
          'It may not come from your secretariat: do not use it, and ask the secretariat to confirm their key fingerprint with you.',
      );
    }
    const workspace = await database.workspaces.get(workspaceId);
    const workspaceRow: WorkspaceRecord = {
      id: workspaceId,
      role,
      exerciseId: exercise.exerciseId,
      title: exercise.title,
      createdAt: workspace?.createdAt ?? at,
      updatedAt: at,
    };
    await database.workspaces.put(workspaceRow);
    if (existing?.exerciseHash === exerciseHash) return { workspaceId, status: 'unchanged' };

    const documents: DocumentRecord[] = exercise.candidates.flatMap((candidate) =>
      (candidate.documents ?? []).map((doc) => {
        const content = pkg.documents.get(doc.path);
        if (!content) {
          throw new WorkspaceError(`The package lists ${doc.path} but does not contain it: ask the secretariat for a complete package.`);
        }
        const row = { workspaceId, path: doc.path, mediaType: doc.mediaType, sha256: doc.sha256 };
        if (content instanceof Uint8Array) return { ...row, bytes: content };
        if (isBlob(content)) return { ...row, bytes: NO_BYTES, blob: content };
        return { ...row, bytes: NO_BYTES, blob: content.packed, packedSize: content.size };
      }),
    );
    await database.documents.where('workspaceId').equals(workspaceId).delete();
    await database.documents.bulkPut(documents);
    const record: ExerciseRecord = {
      workspaceId,
      exerciseId: exercise.exerciseId,
      exerciseHash,
      exercise,
      secretariatKey,
      secretariatFingerprint: existing?.secretariatFingerprint ?? fingerprint(secretariatKey),
      importedAt: at,
    };
    await database.exercises.put(record);
    return { workspaceId, status: existing ? 'updated' : 'imported' };
  });
}

/** The exercise a workspace holds, or undefined when there is none. */
export async function getExercise(workspaceId: string): Promise<ExerciseRecord | undefined> {
  return db().exercises.get(workspaceId);
}

/** The workspaces of one role (or all), most recently used first. */
export async function listWorkspaces(role?: Role): Promise<WorkspaceRecord[]> {
  const table = db().workspaces;
  const rows = role ? await table.where('role').equals(role).toArray() : await table.toArray();
  return rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

/** One workspace row, or undefined. */
export async function getWorkspace(workspaceId: string): Promise<WorkspaceRecord | undefined> {
  return db().workspaces.get(workspaceId);
}

/** The stored bytes and media type of one candidate document, or undefined (a stored Blob is read into `bytes`). */
export async function getDocument(workspaceId: string, path: string): Promise<DocumentRecord | undefined> {
  const row = await db().documents.get([workspaceId, path]);
  if (row?.blob === undefined) return row;
  const { blob, packedSize, ...rest } = row;
  return { ...rest, bytes: await documentBlobBytes(packedSize === undefined ? { blob } : { blob, packedSize }, path) };
}

/** Paths of the documents stored for a workspace, sorted. */
export async function listDocumentPaths(workspaceId: string): Promise<string[]> {
  const keys = await db().documents.where('workspaceId').equals(workspaceId).primaryKeys();
  return keys.map(([, path]) => path).sort();
}
