// The scrub that follows closing an exercise runs after the workspace screen is gone (its rows
// are), so its progress and outcome live here, for the role screen's ScrubNotice to show.

import { useSyncExternalStore } from 'react';

/** Where the scrub after the last close stands. */
export type ScrubProgress =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number }
  | { kind: 'done' }
  | { kind: 'failed'; reason: string };

let current: ScrubProgress = { kind: 'idle' };
const listeners = new Set<() => void>();

function set(next: ScrubProgress): void {
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current progress. */
export function scrubProgress(): ScrubProgress {
  return current;
}

/** Runs `scrub`, publishing its progress; never throws (a failure is published with its reason). */
export async function runScrub(scrub: (onProgress?: (fraction: number) => void) => Promise<void>): Promise<void> {
  set({ kind: 'running', fraction: 0 });
  try {
    await scrub((fraction) => set({ kind: 'running', fraction }));
    set({ kind: 'done' });
  } catch (error) {
    set({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
  }
}

/** Back to idle (the notice was read, or a test starts afresh). */
export function dismissScrubProgress(): void {
  set({ kind: 'idle' });
}

/** The progress as React state. */
export function useScrubProgress(): ScrubProgress {
  return useSyncExternalStore(subscribe, scrubProgress);
}
