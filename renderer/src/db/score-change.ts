// The keystroke path of a score or evidence change, in one round trip to IndexedDB when the state
// after the last commit is known: the checking reads travel with the writes, and a stale guess aborts.
// It runs in the save worker (save-worker.ts) where the platform has workers, else on this thread.

import Dexie, { RangeSet } from 'dexie';
import type { JsonObject } from '../../../core/types';
import { databaseTarget, db } from './connection';
import { type DataKeyRef, tableCodec } from './encryption/middleware';
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

/** The data key when db() is the sealed database; null for the plain one. */
function sealingKey(): DataKeyRef | null {
  const target = databaseTarget();
  return target.kind === 'sealed' ? target.key : null;
}

/**
 * The channel on which Dexie tells every thread and window of a change made elsewhere (its
 * STORAGE_MUTATED_DOM_EVENT_NAME, not exported). Each Dexie that hears it drops what its query cache
 * holds of the changed rows and re-runs the live queries that read them. A test fails if it moves.
 */
const DEXIE_CHANGES_CHANNEL = 'x-storagemutated-1';
let changesChannel: BroadcastChannel | null = null;

/**
 * Tells Dexie's live queries, in this thread and the app's other threads and windows, which rows a
 * direct write changed: the parts (idb://database/table/index, '' the primary key) that Dexie's own
 * writes announce. Sent from a channel of our own, so that this thread's Dexie hears it too.
 */
function announceChange(name: string, key: ScoreKey, seq: number): void {
  const [workspaceId, candidateId] = key;
  const part = (table: string, index: string) => `idb://${name}/${table}/${index}`;
  const parts = {
    [part('scores', '')]: new RangeSet().addKey(key),
    [part('scores', ':dels')]: new RangeSet().addKey(key),
    [part('scores', 'workspaceId')]: new RangeSet().addKey(workspaceId),
    [part('scores', '[workspaceId+candidateId]')]: new RangeSet().addKey([workspaceId, candidateId]),
    [part('editLog', '')]: new RangeSet().addKey(seq),
    [part('editLog', 'workspaceId')]: new RangeSet().addKey(workspaceId),
    [part('editLog', '[workspaceId+seq]')]: new RangeSet().addKey([workspaceId, seq]),
  };
  if (typeof BroadcastChannel === 'undefined') {
    Dexie.on.storagemutated.fire(parts);
    return;
  }
  if (!changesChannel) {
    changesChannel = new BroadcastChannel(DEXIE_CHANGES_CHANNEL);
    // Node (the unit tests) would otherwise wait for the channel before exiting.
    (changesChannel as BroadcastChannel & { unref?: () => void }).unref?.();
  }
  changesChannel.postMessage(parts);
}

/**
 * Sends the reads and the guessed writes at once, straight to IndexedDB, and asks it to commit as soon
 * as the reads confirm the guess: Dexie's transaction machinery cost a millisecond or more of the
 * keystroke's budget (bench/figures/member-workspace.ts). Rolls back with StaleGuess when the guess was
 * wrong, with the refusal when the candidate is recused. Rows are sealed and opened as Dexie's
 * encryption middleware does (tableCodec), and the change is announced as Dexie announces its own.
 */
function sendInOneTrip(key: ScoreKey, row: ScoreRecord | null, entry: EditLogRecord, head: EditLogRecord['hash'] | null, guess: ScoreRecord | undefined): Promise<void> {
  const database = db();
  const ref = sealingKey();
  const codec = (table: string) => tableCodec(database.core.table(table).schema, ref);
  const [scoreCodec, noteCodec, logCodec] = [codec('scores'), codec('candidateNotes'), codec('editLog')];
  const [workspaceId, candidateId] = key;
  const storedRow = row === null ? null : scoreCodec.seal({ ...row });
  const storedEntry = logCodec.seal({ ...entry });
  let tx: IDBTransaction;
  try {
    tx = database.backendDB().transaction(['scores', 'candidateNotes', 'editLog'], 'readwrite', { durability: 'strict' });
  } catch {
    // The connection was closed under Dexie (another window upgraded or deleted the database): the
    // two-trip path goes through Dexie, which reopens it.
    return Promise.reject(new StaleGuess());
  }
  return new Promise<void>((resolve, reject) => {
    let refusal: Error | null = null;
    let unanswered = 3;
    const check = (request: IDBRequest, confirm: (stored: unknown) => void) => {
      request.onsuccess = () => {
        try {
          confirm(request.result);
        } catch (error) {
          refusal ??= error instanceof Error ? error : new Error(String(error));
        }
        if (--unanswered === 0) {
          if (refusal === null) tx.commit();
          else tx.abort();
        }
      };
    };
    const scores = tx.objectStore('scores');
    check(tx.objectStore('candidateNotes').get([workspaceId, candidateId]), (stored) => refuseIfRecused(noteCodec.open(stored) as CandidateNoteRecord | undefined));
    check(scores.get(key), (stored) => {
      if (!sameRow(scoreCodec.open(stored) as ScoreRecord | undefined, guess)) throw new StaleGuess();
    });
    const newest = tx.objectStore('editLog').index('[workspaceId+seq]').openCursor(IDBKeyRange.bound([workspaceId, Dexie.minKey], [workspaceId, Dexie.maxKey]), 'prev');
    check(newest, (cursor) => {
      const last = (cursor as IDBCursorWithValue | null)?.value === undefined ? undefined : (logCodec.open((cursor as IDBCursorWithValue).value) as EditLogRecord);
      if ((last?.hash ?? null) !== head) throw new StaleGuess();
    });
    if (storedRow === null) scores.delete(key);
    else scores.put(storedRow);
    const added = tx.objectStore('editLog').add(storedEntry);
    tx.oncomplete = () => {
      announceChange(database.name, key, added.result as number);
      resolve();
    };
    tx.onabort = () => reject(refusal ?? tx.error ?? new Error('The change was not saved: IndexedDB rolled it back.'));
  });
}

/** The one-trip change: rolls back with StaleGuess when the row or the log's head is not what was last seen. */
async function inOneTrip(key: ScoreKey, change: ScoreChange, head: EditLogRecord['hash'] | null, guess: ScoreRecord | undefined) {
  const [workspaceId] = key;
  const row = change.row(guess);
  const entry = chainedEntry(head === null ? undefined : { hash: head }, workspaceId, change.action, change.detail, change.at);
  const database = db();
  if (!database.isOpen()) await database.open();
  await sendInOneTrip(key, row, entry, head, guess);
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
