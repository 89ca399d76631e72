// Score and evidence changes (the keystroke path) run in a dedicated worker where the platform has
// workers. On the page's own thread, IndexedDB's answers wait behind the frame each keystroke paints,
// which tripled the time to commit; in the worker they do not. Elsewhere (jsdom tests) they run here.

import { databaseTarget, onDatabaseChange } from './connection';
import type { EditLogRecord, ScoreRecord } from './records';
import { type ScoreChangeData, type ScoreKey, changeScoreRow, rememberCandidateWork } from './score-change';
import { WorkspaceError } from './workspace-error';

/** The database the worker opens: plain, or sealed under a copy of the data key. */
export type WorkerTarget = { kind: 'plain' } | { kind: 'sealed'; key: Uint8Array };

/** What the page posts to the save worker. */
export type SaveRequest =
  | { type: 'open'; target: WorkerTarget }
  | { type: 'remember'; workspaceId: string; candidateId: string; rows: ScoreRecord[]; head: EditLogRecord | undefined }
  | { type: 'change'; id: number; key: ScoreKey; change: ScoreChangeData }
  | { type: 'close' };

/** A failed change as it crosses back: enough to say what went wrong and to tell a full disk. */
export interface SavedError {
  name: string;
  message: string;
  storageFull: boolean;
}

/** What the save worker posts back for each change: committed (and when, on the shared clock) or why not. */
export type SaveReply = { id: number; ok: true; committedAt: number } | { id: number; ok: false; error: SavedError };

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

interface Channel {
  worker: Worker;
  pending: Map<number, Pending>;
}

let channel: Channel | null = null;
/** Set when a worker failed to start or crashed: changes then run on this thread. */
let workerBroken = false;
let nextId = 1;

/** The error a change failed with, rebuilt on this side (a full disk keeps its name, a refusal its class). */
export function reviveError(error: SavedError): Error {
  if (error.name === 'WorkspaceError') return new WorkspaceError(error.message);
  const revived = new Error(error.message);
  revived.name = error.storageFull ? 'QuotaExceededError' : error.name;
  return revived;
}

/** Marks the commit on the performance timeline (`panelscore:committed`) when a benchmark asked for it. */
function markCommitted(committedAt: number): void {
  if ((globalThis as { panelscoreMarkSaves?: boolean }).panelscoreMarkSaves !== true) return;
  performance.mark('panelscore:committed', { startTime: Math.max(0, committedAt - performance.timeOrigin) });
}

function workerTarget(): WorkerTarget | null {
  const target = databaseTarget();
  if (target.kind === 'plain') return { kind: 'plain' };
  if (target.kind === 'sealed' && target.key.current) return { kind: 'sealed', key: target.key.current.slice() };
  return null;
}

function failAll(current: Channel, message: string): void {
  for (const { reject } of current.pending.values()) reject(new Error(message));
  current.pending.clear();
}

function startChannel(target: WorkerTarget): Channel | null {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./save-worker.ts', import.meta.url), { type: 'module', name: 'panelscore-save' });
  } catch {
    workerBroken = true;
    return null;
  }
  const current: Channel = { worker, pending: new Map() };
  worker.onmessage = (event: MessageEvent<SaveReply>) => {
    const reply = event.data;
    const waiting = current.pending.get(reply.id);
    if (!waiting) return;
    current.pending.delete(reply.id);
    if (reply.ok) {
      markCommitted(reply.committedAt);
      waiting.resolve();
    } else waiting.reject(reviveError(reply.error));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    workerBroken = true;
    if (channel === current) channel = null;
    worker.terminate();
    // A change in flight rolled back with the worker: the save queue says "Not saved" and tries again here.
    failAll(current, `Not saved: the saving helper stopped (${event.message || 'it failed to start'}). The change is tried again in a moment.`);
  };
  worker.postMessage({ type: 'open', target } satisfies SaveRequest);
  return current;
}

/** The running save worker, started on first use; null where changes run on this thread. */
function saveChannel(): Channel | null {
  if (channel) return channel;
  if (workerBroken || typeof Worker === 'undefined') return null;
  const target = workerTarget();
  if (!target) return null;
  channel = startChannel(target);
  return channel;
}

/** Lets the current worker finish what it has in hand and close (its key copy zeroed); the next change starts another. */
export function retireSaveWorker(): void {
  const current = channel;
  channel = null;
  current?.worker.postMessage({ type: 'close' } satisfies SaveRequest);
}

onDatabaseChange(retireSaveWorker);

/** Tells the saving side a candidate's rows and the edit log's head as just read, so the next change takes one round trip. */
export function rememberForSaving(workspaceId: string, candidateId: string, rows: ScoreRecord[], head: EditLogRecord | undefined): void {
  rememberCandidateWork(workspaceId, candidateId, rows, head);
  saveChannel()?.worker.postMessage({ type: 'remember', workspaceId, candidateId, rows, head } satisfies SaveRequest);
}

/** Applies a score or evidence change with its edit-log entry; resolves once IndexedDB has committed it. */
export function saveScoreChange(key: ScoreKey, change: ScoreChangeData): Promise<void> {
  const current = saveChannel();
  if (!current) return changeScoreRow(key, change).then(() => markCommitted(performance.timeOrigin + performance.now()));
  const id = nextId++;
  return new Promise<void>((resolve, reject) => {
    current.pending.set(id, { resolve, reject });
    current.worker.postMessage({ type: 'change', id, key, change } satisfies SaveRequest);
  });
}
