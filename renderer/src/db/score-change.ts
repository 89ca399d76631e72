// The keystroke path of a score or evidence change, in one round trip to IndexedDB when the state
// after the last commit is known: the checking reads travel with the writes, and a stale guess aborts.
// It runs in the save worker (save-worker.ts) where the platform has workers, else on this thread.

import type { JsonObject } from '../../../core/types';
import { db } from './connection';
import { chainedEntry, lastEditLogEntry } from './edit-log';
import { WorkspaceError } from './workspace-error';
import type { CandidateNoteRecord, EditLogRecord, ScoreRecord } from './records';

/** A score row's key: workspace, candidate, criterion. */
export type ScoreKey = [workspaceId: string, candidateId: string, criterionId: string];

/** The edit log's head and score rows as this window last saw them committed (null: no row). */
const knownHeads = new Map<string, EditLogRecord['hash'] | null>();
const knownRows = new Map<string, ScoreRecord | null>();
/** Candidates whose every row was read at once: a row not in knownRows is known to be absent. */
const wholeCandidates = new Set<string>();

const candidateKey = (workspaceId: string, candidateId: string) => `${workspaceId}\u0000${candidateId}`;
const rowKey = ([workspaceId, candidateId, criterionId]: ScoreKey) => `${workspaceId}\u0000${candidateId}\u0000${criterionId}`;

/** Thrown inside the transaction when what it read is not what its writes assumed: it rolls them back. */
class StaleGuess extends Error {}

/** Remembers a candidate's rows and the edit log's head as just read together from the database. */
export function rememberCandidateWork(workspaceId: string, candidateId: string, rows: readonly ScoreRecord[], head: EditLogRecord | undefined): void {
  for (const row of rows) knownRows.set(rowKey([workspaceId, candidateId, row.criterionId]), row);
  wholeCandidates.add(candidateKey(workspaceId, candidateId));
  knownHeads.set(workspaceId, head?.hash ?? null);
}

function remember(key: ScoreKey, row: ScoreRecord | null, entry: EditLogRecord): void {
  knownHeads.set(key[0], entry.hash);
  knownRows.set(rowKey(key), row);
}

function forget(key: ScoreKey): void {
  knownHeads.delete(key[0]);
  knownRows.delete(rowKey(key));
  wholeCandidates.delete(candidateKey(key[0], key[1]));
}

/** The row as last seen (undefined: none), or 'unknown'. */
function knownRow(key: ScoreKey): ScoreRecord | undefined | 'unknown' {
  const row = knownRows.get(rowKey(key));
  if (row !== undefined) return row ?? undefined;
  return wholeCandidates.has(candidateKey(key[0], key[1])) ? undefined : 'unknown';
}

function sameRow(a: ScoreRecord | undefined, b: ScoreRecord | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.score === b.score && a.evidence === b.evidence && a.updatedAt === b.updatedAt;
}

function refuseIfRecused(note: CandidateNoteRecord | undefined): void {
  if (note?.recused) {
    throw new WorkspaceError('You have declared a recusal for this candidate, so they take no scores from you. Withdraw the recusal first if it was a mistake.');
  }
}

/** What a change needs to know: the candidate's note (recusal), the row, the edit log's head. */
function readState(key: ScoreKey) {
  const [workspaceId, candidateId] = key;
  const database = db();
  return Promise.all([database.candidateNotes.get([workspaceId, candidateId]), database.scores.get(key), lastEditLogEntry(workspaceId)]);
}

function write(key: ScoreKey, row: ScoreRecord | null, entry: EditLogRecord): Promise<unknown> {
  const database = db();
  return Promise.all([row === null ? database.scores.delete(key) : database.scores.put(row), database.editLog.add(entry)]);
}

/** A change to one score row, as data (it crosses to the save worker): a new score or new evidence notes, and when. */
export type ScoreChangeData = { field: 'score'; score: number | null; at: string } | { field: 'evidence'; evidence: string; at: string };

/** A change to one score row: the row it leaves (null: none) given the row before, and its edit-log entry. */
interface ScoreChange {
  row: (existing: ScoreRecord | undefined) => ScoreRecord | null;
  action: string;
  detail: JsonObject;
  at: string;
}

/** What a change does to the row, and the edit-log entry that records it. */
function scoreChange([workspaceId, candidateId, criterionId]: ScoreKey, data: ScoreChangeData): ScoreChange {
  const { at } = data;
  if (data.field === 'score') {
    const { score } = data;
    return {
      row: (existing) => (score === null && !existing?.evidence ? null : { ...existing, workspaceId, candidateId, criterionId, score, updatedAt: at }),
      action: 'score',
      detail: { candidateId, criterionId, score },
      at,
    };
  }
  const { evidence } = data;
  return {
    row: (existing) => {
      const score = existing?.score ?? null;
      if (evidence === '' && score === null) return null;
      const row: ScoreRecord = { workspaceId, candidateId, criterionId, score, updatedAt: at };
      if (evidence !== '') row.evidence = evidence;
      return row;
    },
    action: 'evidence',
    detail: { candidateId, criterionId, evidence },
    at,
  };
}

function transaction<T>(work: () => Promise<T>): Promise<T> {
  const database = db();
  return database.transaction('rw', [database.scores, database.candidateNotes, database.editLog], work);
}

/** Sends the reads and the guessed writes at once; throws StaleGuess (all rolled back) when the guess was wrong. */
async function inOneTrip(key: ScoreKey, change: ScoreChange, head: EditLogRecord['hash'] | null, guess: ScoreRecord | undefined) {
  const [workspaceId] = key;
  const row = change.row(guess);
  const entry = chainedEntry(head === null ? undefined : { hash: head }, workspaceId, change.action, change.detail, change.at);
  await transaction(async () => {
    const reads = readState(key);
    const writes = write(key, row, entry);
    // When the guess is stale the writes are rolled back and their failure is the abort, expected.
    writes.catch(() => undefined);
    const [note, existing, last] = await reads;
    refuseIfRecused(note);
    if ((last?.hash ?? null) !== head || !sameRow(existing, guess)) throw new StaleGuess();
    await writes;
  });
  return { row, entry };
}

/** Reads first, then writes: two round trips, whatever another window did meanwhile. */
async function inTwoTrips(key: ScoreKey, change: ScoreChange) {
  const [workspaceId] = key;
  return transaction(async () => {
    const [note, existing, last] = await readState(key);
    refuseIfRecused(note);
    const row = change.row(existing);
    const entry = chainedEntry(last, workspaceId, change.action, change.detail, change.at);
    await write(key, row, entry);
    return { row, entry };
  });
}

/** Applies a score or evidence change with its edit-log entry in one transaction; resolves once committed. */
export async function changeScoreRow(key: ScoreKey, data: ScoreChangeData): Promise<void> {
  const change = scoreChange(key, data);
  const head = knownHeads.get(key[0]);
  const guess = knownRow(key);
  try {
    if (head !== undefined && guess !== 'unknown') {
      try {
        const done = await inOneTrip(key, change, head, guess);
        remember(key, done.row, done.entry);
        return;
      } catch (error) {
        if (!(error instanceof StaleGuess)) throw error;
        forget(key);
      }
    }
    const done = await inTwoTrips(key, change);
    remember(key, done.row, done.entry);
  } catch (error) {
    forget(key);
    throw error;
  }
}
