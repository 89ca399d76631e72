// Writes to IndexedDB as the member types or clicks, one transaction at a time per field:
// while a write is in flight only the newest pending value waits. The state says "Saved"
// only when every write has committed.

import { useCallback, useRef, useState } from 'react';
import { describeError } from '../../app/use-live-query';

export type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'failed'; message: string };

interface Slot {
  running: boolean;
  next: (() => Promise<void>) | null;
}

/** A save queue: `save(field, write)` runs the write now or after the field's current one. */
export function useSaveQueue(): { state: SaveState; save: (field: string, write: () => Promise<void>) => void } {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const slots = useRef(new Map<string, Slot>());
  const failed = useRef(new Map<string, string>());

  const settle = useCallback(() => {
    const busy = [...slots.current.values()].some((slot) => slot.running || slot.next);
    if (busy) return;
    const [message] = failed.current.values();
    setState(message === undefined ? { status: 'saved', at: new Date() } : { status: 'failed', message });
  }, []);

  const drain = useCallback(
    async (field: string, slot: Slot) => {
      slot.running = true;
      while (slot.next) {
        const write = slot.next;
        slot.next = null;
        try {
          await write();
          failed.current.delete(field);
        } catch (error) {
          failed.current.set(field, describeError(error));
        }
      }
      slot.running = false;
      settle();
    },
    [settle],
  );

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
