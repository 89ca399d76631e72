// The save worker: applies score and evidence changes to IndexedDB off the page's thread (see
// save-channel.ts). It opens the database the page names, and answers each change once committed.

import { setDatabaseTarget } from './connection';
import type { DataKeyRef } from './encryption/middleware';
import type { SaveReply, SaveRequest, SavedError } from './save-channel';
import { changeScoreRow, rememberCandidateWork } from './score-change';
import { isStorageFull } from './storage-full';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SaveRequest>) => void) | null;
  postMessage(message: SaveReply): void;
  close(): void;
}

/** A failed change in a form that crosses back to the page. */
export function describeForPage(error: unknown): SavedError {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error && error.message ? error.message : String(error);
  return { name, message, storageFull: isStorageFull(error) };
}

/** The worker's message handler, given where to post replies and how to close (a function, so tests drive it in Node). */
export function saveWorkerHandler(post: (reply: SaveReply) => void, close: () => void): (request: SaveRequest) => void {
  const key: DataKeyRef = { current: null };
  let inFlight = 0;
  let closing = false;
  const closeWhenIdle = () => {
    if (!closing || inFlight > 0) return;
    key.current?.fill(0);
    key.current = null;
    setDatabaseTarget({ kind: 'plain' });
    close();
  };
  return (request) => {
    switch (request.type) {
      case 'open':
        if (request.target.kind === 'sealed') {
          key.current = request.target.key;
          setDatabaseTarget({ kind: 'sealed', key });
        } else setDatabaseTarget({ kind: 'plain' });
        return;
      case 'remember':
        rememberCandidateWork(request.workspaceId, request.candidateId, request.rows, request.head);
        return;
      case 'change':
        inFlight++;
        changeScoreRow(request.key, request.change)
          .then(
            () => post({ id: request.id, ok: true, committedAt: performance.timeOrigin + performance.now() }),
            (error: unknown) => post({ id: request.id, ok: false, error: describeForPage(error) }),
          )
          .finally(() => {
            inFlight--;
            closeWhenIdle();
          });
        return;
      case 'close':
        closing = true;
        closeWhenIdle();
        return;
    }
  };
}

// In a worker (not when a test imports this module), answer the page.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined') {
  const scope = globalThis as unknown as WorkerScope;
  const handle = saveWorkerHandler(
    (reply) => scope.postMessage(reply),
    () => scope.close(),
  );
  scope.onmessage = (event) => handle(event.data);
}
