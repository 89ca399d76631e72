// The secretariat's collection for one exercise: score-sheet files as received (keyed by the
// hash of their bytes, so a file imported twice is stored once) and the member keys it confirmed.

import { hashString } from '../../../core/canonical';
import { fingerprint } from '../../../core/crypto/ed25519';
import { parseStrictJson } from '../../../core/json/strict-json';
import { isIdentifier } from '../../../core/formats/common';
import { db } from './connection';
import type { CollectedSheetRecord, TrustRecord } from './records';

/** A file handed to the collection: its name (for people only) and its bytes. */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
}

/** How many files an import added, and how many were already in the collection. */
export interface CollectOutcome {
  added: number;
  alreadyCollected: number;
}

/** The memberId a file claims, for listing only (the merge decides whether it holds). */
function claimedMemberId(bytes: Uint8Array): string | null {
  try {
    const memberId = parseStrictJson(bytes).memberId;
    return isIdentifier(memberId) ? memberId : null;
  } catch {
    return null;
  }
}

/**
 * Stores each file's bytes in the workspace's collection, once per distinct content:
 * a byte-identical file that is already there (or earlier in `files`) is not stored again.
 */
export async function collectSheets(workspaceId: string, files: readonly IncomingFile[], now: Date = new Date()): Promise<CollectOutcome> {
  const database = db();
  const addedAt = now.toISOString();
  const hashes = files.map(({ bytes }) => hashString(bytes));
  return database.transaction('rw', database.sheets, async () => {
    // One read for all the files: a per-file get is a round trip to IndexedDB each.
    const stored = await database.sheets.bulkGet(hashes.map((fileHash): [string, string] => [workspaceId, fileHash]));
    const fresh = new Map<string, CollectedSheetRecord>();
    let alreadyCollected = 0;
    for (const [i, { name, bytes }] of files.entries()) {
      const fileHash = hashes[i];
      if (fresh.has(fileHash) || stored[i] !== undefined) {
        alreadyCollected += 1;
        continue;
      }
      fresh.set(fileHash, { workspaceId, fileHash, fileName: name, bytes, memberId: claimedMemberId(bytes), addedAt });
    }
    await database.sheets.bulkPut([...fresh.values()]);
    return { added: fresh.size, alreadyCollected };
  });
}

/** The files collected for a workspace, oldest first (then by file hash, for a stable order). */
export async function listCollectedSheets(workspaceId: string): Promise<CollectedSheetRecord[]> {
  const rows = await db().sheets.where('workspaceId').equals(workspaceId).toArray();
  return rows.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.fileHash.localeCompare(b.fileHash));
}

/** Removes one file from the collection (the merge runs again without it). */
export async function removeCollectedSheet(workspaceId: string, fileHash: string): Promise<void> {
  await db().sheets.delete([workspaceId, fileHash]);
}

/** Records that a member confirmed, out of band, the fingerprint of `publicKey` as theirs. */
export async function confirmMemberKey(workspaceId: string, memberId: string, publicKey: string, now: Date = new Date()): Promise<TrustRecord> {
  const record: TrustRecord = { workspaceId, memberId, publicKey, fingerprint: fingerprint(publicKey), confirmedAt: now.toISOString() };
  await db().trust.put(record);
  return record;
}

/** Withdraws a confirmed key: the member's sheets count as unpinned again. */
export async function withdrawMemberKey(workspaceId: string, memberId: string): Promise<void> {
  await db().trust.delete([workspaceId, memberId]);
}

/** The keys the secretariat confirmed for a workspace, by memberId. */
export async function listConfirmedKeys(workspaceId: string): Promise<TrustRecord[]> {
  const rows = await db().trust.where('workspaceId').equals(workspaceId).toArray();
  return rows.sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
}

/** The collection and the confirmed keys together, read in one transaction (what a merge needs). */
export async function loadCollection(workspaceId: string): Promise<{ sheets: CollectedSheetRecord[]; trust: TrustRecord[] }> {
  const database = db();
  return database.transaction('r', [database.sheets, database.trust], async () => ({
    sheets: await listCollectedSheets(workspaceId),
    trust: await listConfirmedKeys(workspaceId),
  }));
}

/**
 * loadCollection for a screen that keeps what it read before, in `known` (by workspace and file
 * hash): reads the collection's keys, and whole records only for files not in `known`, then leaves
 * in `known` exactly the current collection. A stored record never changes (its key is the hash of
 * its bytes), so a kept one is as good as a fresh read, and a new sheet costs one record's read.
 */
export async function loadCollectionReusing(
  workspaceId: string,
  known: Map<string, CollectedSheetRecord>,
): Promise<{ sheets: CollectedSheetRecord[]; trust: TrustRecord[] }> {
  const database = db();
  const knownKey = (fileHash: string) => `${workspaceId}\n${fileHash}`;
  return database.transaction('r', [database.sheets, database.trust], async () => {
    const keys = await database.sheets.where('workspaceId').equals(workspaceId).primaryKeys();
    const missing = keys.filter(([, fileHash]) => !known.has(knownKey(fileHash)));
    const fetched = missing.length === 0 ? [] : await database.sheets.bulkGet(missing);
    const current = new Map<string, CollectedSheetRecord>();
    for (const [, fileHash] of keys) {
      const record = known.get(knownKey(fileHash));
      if (record !== undefined) current.set(knownKey(fileHash), record);
    }
    for (const record of fetched) if (record !== undefined) current.set(knownKey(record.fileHash), record);
    known.clear();
    for (const [key, record] of current) known.set(key, record);
    const sheets = [...current.values()].sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.fileHash.localeCompare(b.fileHash));
    return { sheets, trust: await listConfirmedKeys(workspaceId) };
  });
}

/** The bytes of every candidate document stored for a workspace, by archive path. */
export async function loadPackageDocuments(workspaceId: string): Promise<Map<string, Uint8Array>> {
  const rows = await db().documents.where('workspaceId').equals(workspaceId).toArray();
  return new Map(rows.map((row) => [row.path, row.bytes]));
}
