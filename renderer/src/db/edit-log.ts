// The append-only edit log of a workspace: every change a member makes, with its time,
// each entry hashed together with the hash of the one before (a tamper-evident chain).

import Dexie from 'dexie';
import { documentHash } from '../../../core/canonical';
import type { HashString, JsonObject } from '../../../core/types';
import { db } from './connection';
import type { EditLogRecord } from './records';

/** What an entry's hash covers: everything but its own hash and its storage number. */
function hashedPart(entry: Omit<EditLogRecord, 'seq' | 'hash'>): JsonObject {
  return {
    workspaceId: entry.workspaceId,
    at: entry.at,
    action: entry.action,
    detail: entry.detail as JsonObject,
    prevHash: entry.prevHash,
  };
}

function workspaceRange(workspaceId: string) {
  return db().editLog.where('[workspaceId+seq]').between([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey]);
}

/** The workspace's newest entry (the head of its chain), or undefined when the log is empty. */
export function lastEditLogEntry(workspaceId: string): Promise<EditLogRecord | undefined> {
  return workspaceRange(workspaceId).last();
}

/** A new entry chained to `last` (the workspace's newest entry, read in the same transaction). */
export function chainedEntry(last: Pick<EditLogRecord, 'hash'> | undefined, workspaceId: string, action: string, detail: JsonObject, at: string): EditLogRecord {
  const unhashed = { workspaceId, at, action, detail, prevHash: last?.hash ?? null };
  return { ...unhashed, hash: documentHash(hashedPart(unhashed)) };
}

/**
 * Appends one entry chained to the workspace's last one. Call inside a transaction that
 * includes the editLog table, so the entry commits (or not) with the change it records.
 */
export async function appendEditLog(workspaceId: string, action: string, detail: JsonObject, at: string): Promise<EditLogRecord> {
  const entry = chainedEntry(await lastEditLogEntry(workspaceId), workspaceId, action, detail, at);
  await db().editLog.add(entry);
  return entry;
}

/** A workspace's edit log, oldest first. */
export async function readEditLog(workspaceId: string): Promise<EditLogRecord[]> {
  return workspaceRange(workspaceId).toArray();
}

/** The first entry whose hash or link does not match, or null when the chain is intact. */
export function findBrokenLink(entries: readonly EditLogRecord[]): { index: number; reason: string } | null {
  let prev: HashString | null = null;
  for (const [index, entry] of entries.entries()) {
    if (entry.prevHash !== prev) return { index, reason: 'it does not point to the entry before it' };
    if (documentHash(hashedPart(entry)) !== entry.hash) return { index, reason: 'its content does not match its hash' };
    prev = entry.hash;
  }
  return null;
}
