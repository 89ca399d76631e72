// Backup and restore of one workspace as a single `.panelbackup` file sealed with its own passphrase
// (scrypt + AES-256-GCM; layout in docs/formats.md, "Local files"). Restore is all or nothing.

import { deflateSync, inflateSync } from 'fflate';
import { z } from 'zod';
import {
  DEFAULT_SCRYPT,
  derivePassphraseKey,
  newPassphraseKeyParams,
  openBytes,
  sealBytes,
  type ScryptParams,
} from '../../../core/crypto/passphrase-seal';
import { base64UrlDecode, base64UrlEncode } from '../../../core/encoding';
import { db } from './connection';
import { inlineDocumentBlobs } from './encryption/documents-at-rest';
import { decodeRow, encodeRow } from './encryption/row-codec';
import type { WorkspaceRecord } from './records';

export const BACKUP_EXTENSION = 'panelbackup';
const MAGIC = new TextEncoder().encode('PANELSCORE-BACKUP\n');
const VERSION = 1;
/** Tables whose rows carry a `workspaceId` (all but `workspaces`, keyed by id, and `settings`). */
const WORKSPACE_TABLES = [
  'exercises',
  'documents',
  'scores',
  'candidateNotes',
  'editLog',
  'exportedSheets',
  'sheets',
  'trust',
  'debrief',
] as const;
/** Settings rows never put in a backup: private keys stay on the machine that made them. */
const PRIVATE_SETTING = /^signing-key:/;

/** A backup that cannot be read or restored; the message says what to do. Nothing was changed. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const headerSchema = z.strictObject({
  kdf: z.literal('scrypt'),
  salt: z.string().min(16).max(64),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
});

const rowSchema = z.looseObject({ workspaceId: z.string() });
const workspaceSchema = z.looseObject({
  id: z.string().min(1),
  role: z.enum(['member', 'secretariat', 'debrief']),
  exerciseId: z.string().min(1),
  title: z.string(),
});
const payloadSchema = z.strictObject({
  format: z.literal('panelscore-workspace-backup'),
  version: z.literal(VERSION),
  createdAt: z.string(),
  workspace: workspaceSchema,
  tables: z.strictObject(
    Object.fromEntries(WORKSPACE_TABLES.map((name) => [name, z.array(rowSchema).max(1_000_000)])) as Record<
      (typeof WORKSPACE_TABLES)[number],
      z.ZodArray<typeof rowSchema>
    >,
  ),
  settings: z.array(z.strictObject({ key: z.string(), value: z.unknown() })),
});

/** A backup's content, opened and checked, ready to restore. */
export type WorkspaceBackup = Omit<z.infer<typeof payloadSchema>, 'workspace'> & {
  workspace: WorkspaceRecord;
};

/** The file name a workspace's backup is offered under: `<exercise>-<role>.panelbackup`. */
export function backupFileName(workspace: Pick<WorkspaceRecord, 'exerciseId' | 'role'>): string {
  return `${workspace.exerciseId}-${workspace.role}.${BACKUP_EXTENSION}`;
}

function settingBelongs(key: string, workspaceId: string): boolean {
  return key.endsWith(`:${workspaceId}`) && !PRIVATE_SETTING.test(key);
}

/** Every row of one workspace, from every table (no signing key). */
export async function collectWorkspace(workspaceId: string, now = new Date()): Promise<WorkspaceBackup> {
  const database = db();
  const content = await database.transaction('r', database.tables, async (): Promise<WorkspaceBackup> => {
    const workspace = await database.workspaces.get(workspaceId);
    if (!workspace)
      throw new BackupError(`There is no workspace ${workspaceId} on this computer to back up.`);
    const tables = Object.fromEntries(
      await Promise.all(
        WORKSPACE_TABLES.map(
          async (name) =>
            [name, await database.table(name).where('workspaceId').equals(workspaceId).toArray()] as const,
        ),
      ),
    ) as WorkspaceBackup['tables'];
    const settings = (await database.settings.toArray()).filter((row) =>
      settingBelongs(row.key, workspaceId),
    );
    return {
      format: 'panelscore-workspace-backup',
      version: VERSION,
      createdAt: now.toISOString(),
      workspace,
      tables,
      settings,
    };
  });
  // A large document may be stored as a Blob: the backup carries its bytes.
  const documents = await inlineDocumentBlobs(
    content.tables.documents as { bytes?: Uint8Array; blob?: Blob }[],
  );
  return {
    ...content,
    tables: { ...content.tables, documents: documents as WorkspaceBackup['tables']['documents'] },
  };
}

function headerBytes(header: z.infer<typeof headerSchema>): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(header));
}

/** Seals a workspace into one backup file under `passphrase` (its own scrypt salt). */
export async function exportWorkspaceBackup(
  workspaceId: string,
  passphrase: string,
  options: { params?: ScryptParams; now?: Date } = {},
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const content = await collectWorkspace(workspaceId, options.now);
  const keyParams = newPassphraseKeyParams(options.params ?? DEFAULT_SCRYPT);
  const header = headerBytes({ kdf: 'scrypt', salt: base64UrlEncode(keyParams.salt), ...keyParams.params });
  const key = await derivePassphraseKey(passphrase, keyParams);
  const preamble = new Uint8Array(MAGIC.length + 3 + header.length);
  preamble.set(MAGIC, 0);
  preamble[MAGIC.length] = VERSION;
  new DataView(preamble.buffer).setUint16(MAGIC.length + 1, header.length);
  preamble.set(header, MAGIC.length + 3);
  const sealed = sealBytes(key, deflateSync(encodeRow(content)), preamble);
  key.fill(0);
  const bytes = new Uint8Array(preamble.length + sealed.length);
  bytes.set(preamble, 0);
  bytes.set(sealed, preamble.length);
  return { fileName: backupFileName(content.workspace), bytes };
}

const NOT_A_BACKUP =
  'This file is not a Panelscore workspace backup (.panelbackup), or its beginning is damaged. Nothing was changed: choose the backup file again.';

/** Opens and checks a backup file; a wrong passphrase or a damaged file throws a BackupError and changes nothing. */
export async function readWorkspaceBackup(
  bytes: Uint8Array,
  passphrase: string,
  onProgress?: (fraction: number) => void,
): Promise<WorkspaceBackup> {
  if (bytes.length < MAGIC.length + 3 || !MAGIC.every((byte, i) => bytes[i] === byte))
    throw new BackupError(NOT_A_BACKUP);
  if (bytes[MAGIC.length] !== VERSION)
    throw new BackupError(
      `This backup was made by a newer Panelscore (format ${String(bytes[MAGIC.length])}). Nothing was changed: restore it with the newer version.`,
    );
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint16(MAGIC.length + 1);
  const preambleLength = MAGIC.length + 3 + headerLength;
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(
      JSON.parse(
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(MAGIC.length + 3, preambleLength)),
      ),
    );
  } catch {
    throw new BackupError(NOT_A_BACKUP);
  }
  const key = await derivePassphraseKey(
    passphrase,
    { kdf: 'scrypt', salt: base64UrlDecode(header.salt), params: { N: header.N, r: header.r, p: header.p } },
    onProgress,
  );
  let plain: Uint8Array;
  try {
    plain = inflateSync(openBytes(key, bytes.subarray(preambleLength), bytes.subarray(0, preambleLength)));
  } catch {
    throw new BackupError(
      'This backup cannot be opened: the passphrase is wrong, or the file was changed or damaged. Nothing was changed: type the passphrase given when the backup was made, or use another copy of the file.',
    );
  } finally {
    key.fill(0);
  }
  const parsed = payloadSchema.safeParse(decodeRow(plain));
  if (!parsed.success)
    throw new BackupError(
      'This backup opened but its content is not a workspace Panelscore can restore. Nothing was changed: use another copy of the backup.',
    );
  const backup = parsed.data as unknown as WorkspaceBackup;
  const id = backup.workspace.id;
  const stray =
    Object.values(backup.tables).some((rows) => rows.some((row) => row.workspaceId !== id)) ||
    backup.settings.some((row) => !settingBelongs(row.key, id));
  if (stray)
    throw new BackupError(
      'This backup holds rows of more than one workspace, so it was not made by Panelscore. Nothing was changed.',
    );
  return backup;
}

/** True when the workspace a backup holds already exists here (restoring replaces it: ask first). */
export async function workspaceExists(workspaceId: string): Promise<boolean> {
  return (await db().workspaces.get(workspaceId)) !== undefined;
}

/** Replaces the workspace with the backup's rows, in one transaction: all of it or, on any failure, nothing. */
export async function restoreWorkspaceBackup(backup: WorkspaceBackup): Promise<void> {
  const database = db();
  const id = backup.workspace.id;
  await database.transaction('rw', database.tables, async () => {
    await database.workspaces.delete(id);
    for (const name of WORKSPACE_TABLES) await database.table(name).where('workspaceId').equals(id).delete();
    const oldSettings = await database.settings.filter((row) => settingBelongs(row.key, id)).primaryKeys();
    await database.settings.bulkDelete(oldSettings);
    await database.workspaces.add(backup.workspace);
    for (const name of WORKSPACE_TABLES) {
      // Edit-log numbers are shared by all workspaces: new ones, in the backup's order (the chain is by hash).
      const rows =
        name === 'editLog' ? backup.tables.editLog.map(({ seq: _seq, ...row }) => row) : backup.tables[name];
      await database.table(name).bulkAdd(rows);
    }
    await database.settings.bulkAdd(backup.settings);
  });
}
