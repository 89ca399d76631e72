// Writes to IndexedDB as the member types or clicks, one transaction at a time per field:
// while a write is in flight only the newest pending value waits. The state says "Saved"
// only when every write has committed; a failed write (a full disk) is retried until it lands.

import { useCallback, useEffect, useRef, useState } from 'react';
import { describeWriteFailure } from '../../db/storage-errors';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'failed'; message: string };

interface Slot {
  running: boolean;
  next: (() => Promise<void>) | null;
}

interface Failure {
  message: string;
  /** The write that failed: tried again after RETRY_MS unless a newer value for the field replaced it. */
  write: () => Promise<void>;
}

/**
 * Marks each committed write on the performance timeline as `panelscore:saved`, only when a
 * benchmark asked for it (window.panelscoreMarkSaves): bench/figures/member-workspace.ts times
 * keystroke-to-commit with it.
 */
function markSaved(): void {
  if ((globalThis as { panelscoreMarkSaves?: boolean }).panelscoreMarkSaves === true) performance.mark('panelscore:saved');
}

/** Marks the start of each write as `panelscore:write-start` (same switch): the bench splits UI time from commit time. */
function markWriteStart(): void {
  if ((globalThis as { panelscoreMarkSaves?: boolean }).panelscoreMarkSaves === true) performance.mark('panelscore:write-start');
}

/** How long a failed write waits before it is tried again (space may have been freed meanwhile). */
export const RETRY_MS = 2_000;

/** A save queue: `save(field, write)` runs the write now or after the field's current one. */
export function useSaveQueue(): { state: SaveState; save: (field: string, write: () => Promise<void>) => void } {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const slots = useRef(new Map<string, Slot>());
  const failed = useRef(new Map<string, Failure>());
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  const settle = useCallback(() => {
    const busy = [...slots.current.values()].some((slot) => slot.running || slot.next);
    if (busy || !mounted.current) return;
    const [failure] = failed.current.values();
    setState(failure === undefined ? { status: 'saved', at: new Date() } : { status: 'failed', message: failure.message });
  }, []);

  const drainRef = useRef<(field: string, slot: Slot) => Promise<void>>(() => Promise.resolve());

  const scheduleRetry = useCallback(() => {
    if (retryTimer.current !== null || !mounted.current) return;
    retryTimer.current = setTimeout(() => {
      retryTimer.current = null;
      for (const [field, failure] of failed.current) {
        const slot = slots.current.get(field);
        if (!slot || slot.running || slot.next) continue;
        slot.next = failure.write;
        void drainRef.current(field, slot);
      }
    }, RETRY_MS);
  }, []);

  const drain = useCallback(
    async (field: string, slot: Slot) => {
      slot.running = true;
      while (slot.next) {
        const write = slot.next;
        slot.next = null;
        try {
          markWriteStart();
          await write();
          markSaved();
          failed.current.delete(field);
        } catch (error) {
          // The transaction rolled back: the database keeps the last good value, and the screen says "Not saved".
          failed.current.set(field, { message: describeWriteFailure(error), write });
        }
      }
      slot.running = false;
      if (failed.current.size > 0) scheduleRetry();
      settle();
    },
    [settle, scheduleRetry],
  );

  useEffect(() => {
    drainRef.current = drain;
  }, [drain]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (retryTimer.current !== null) clearTimeout(retryTimer.current);
      retryTimer.current = null;
    };
  }, []);

  const save = useCallback(
    (field: string, write: () => Promise<void>) => {
      let slot = slots.current.get(field);
      if (!slot) {
        slot = { running: false, next: null };
        slots.current.set(field, slot);
      }
      slot.next = write;
      setState({ status: 'saving' });
      if (!slot.running) void drain(field, slot);
    },
    [drain],
  );

  return { state, save };
}
