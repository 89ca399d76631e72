// Closing an exercise: once the recruitment ends, data-protection rules want every trace of it
// gone. One transaction over every table of the schema, so a table added later is not forgotten.

import type { Table } from 'dexie';
import { db } from './connection';

/** The fact behind ExportEvidence's summary, for the interface to say in the person's language. */
export type ExportFact =
  | { kind: 'sheet'; revision: number; at: string }
  | { kind: 'no-sheet' }
  | { kind: 'marked'; what: string; at: string }
  | { kind: 'decision'; at: string }
  | { kind: 'nothing' };

/** What a workspace has sent out, so the person can tell whether closing it would lose anything. */
export interface ExportEvidence {
  fact: ExportFact;
  /** True when the workspace's result left the machine (sheet exported, decision signed, merge saved). */
  exported: boolean;
  /** In words: "Score sheet revision 2 exported on 29 Nov 2026 at 21:50", or why nothing was. */
  summary: string;
  /** True when the member changed scores or notes after their last export. */
  changedSinceExport: boolean;
}

/** Rows deleted per table by closeWorkspace. */
export type ClosedRows = Record<string, number>;

const EXPORT_MARK = 'exported:';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * True when a row (stored under `primaryKey`) belongs to `workspaceId`: its workspace column,
 * its id, a settings key ending in `:<workspaceId>`, or a setting whose value names the workspace.
 */
export function belongsToWorkspace(row: unknown, primaryKey: unknown, workspaceId: string): boolean {
  if (typeof primaryKey === 'string' && (primaryKey === workspaceId || primaryKey.endsWith(`:${workspaceId}`))) return true;
  if (Array.isArray(primaryKey) && primaryKey[0] === workspaceId) return true;
  if (typeof row !== 'object' || row === null) return false;
  const { workspaceId: owner, id, value } = row as { workspaceId?: unknown; id?: unknown; value?: unknown };
  if (owner === workspaceId || id === workspaceId) return true;
  return typeof value === 'object' && value !== null && (value as { workspaceId?: unknown }).workspaceId === workspaceId;
}

async function deleteFrom(table: Table, workspaceId: string): Promise<number> {
  const indexed = table.schema.primKey.keyPath === 'workspaceId' || table.schema.idxByName.workspaceId !== undefined;
  let count = 0;
  if (indexed) count += await table.where('workspaceId').equals(workspaceId).delete();
  // Then every row the index cannot find (the workspace row itself, settings keyed by workspace).
  const keys: unknown[] = [];
  await table.toCollection().each((row: unknown, cursor: { primaryKey: unknown }) => {
    if (belongsToWorkspace(row, cursor.primaryKey, workspaceId)) keys.push(cursor.primaryKey);
  });
  await table.bulkDelete(keys as never[]);
  return count + keys.length;
}

/** Deletes every row of `workspaceId` from every table, all or nothing; returns the count per table. */
export async function closeWorkspace(workspaceId: string): Promise<ClosedRows> {
  const database = db();
  return database.transaction('rw', database.tables, async () => {
    const counts: ClosedRows = {};
    for (const table of database.tables) counts[table.name] = await deleteFrom(table, workspaceId);
    return counts;
  });
}

/** Remembers that something left the machine (a merge saved, a decision exported), for exportEvidence. */
export async function recordExport(workspaceId: string, what: string, now: Date = new Date()): Promise<void> {
  await db().settings.put({ key: `${EXPORT_MARK}${workspaceId}`, value: { workspaceId, what, at: now.toISOString() } });
}

async function memberEvidence(workspaceId: string): Promise<ExportEvidence> {
  const database = db();
  const sheets = await database.exportedSheets.where('workspaceId').equals(workspaceId).toArray();
  const latest = sheets.sort((a, b) => b.revision - a.revision)[0];
  if (latest === undefined) {
    return { fact: { kind: 'no-sheet' }, exported: false, changedSinceExport: false, summary: 'You have not exported a score sheet from this exercise yet.' };
  }
  const [scores, notes] = await Promise.all([
    database.scores.where('workspaceId').equals(workspaceId).toArray(),
    database.candidateNotes.where('workspaceId').equals(workspaceId).toArray(),
  ]);
  const changedSinceExport = [...scores, ...notes].some((row) => row.updatedAt > latest.exportedAt);
  return {
    fact: { kind: 'sheet', revision: latest.revision, at: latest.exportedAt },
    exported: true,
    changedSinceExport,
    summary: `Score sheet revision ${latest.revision} was exported on ${when.format(new Date(latest.exportedAt))}.`,
  };
}

/** Whether (and what) the workspace exported, so closing it can warn before losing unsent work. */
export async function exportEvidence(workspaceId: string): Promise<ExportEvidence> {
  if (workspaceId.startsWith('member:')) return memberEvidence(workspaceId);
  const database = db();
  const mark = (await database.settings.get(`${EXPORT_MARK}${workspaceId}`))?.value as { what?: string; at?: string } | undefined;
  if (mark?.what && mark.at) {
    return { fact: { kind: 'marked', what: mark.what, at: mark.at }, exported: true, changedSinceExport: false, summary: `${mark.what} on ${when.format(new Date(mark.at))}.` };
  }
  const exerciseId = workspaceId.slice(workspaceId.indexOf(':') + 1);
  const debrief = await database.debrief.get(`debrief:${exerciseId}`);
  if (debrief?.outcome) {
    return { fact: { kind: 'decision', at: debrief.updatedAt }, exported: true, changedSinceExport: false, summary: `The panel’s decision was signed on ${when.format(new Date(debrief.updatedAt))}.` };
  }
  return {
    fact: { kind: 'nothing' },
    exported: false,
    changedSinceExport: false,
    summary: 'Nothing shows that the decision or the merge of this exercise was exported or signed on this computer yet.',
  };
}
