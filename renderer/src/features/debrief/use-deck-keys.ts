// The debrief's keyboard: → / PageDown next view, ← / PageUp previous, 1–9 jump to that candidate,
// Esc leaves full screen. Keys typed into a field (a justification, a note) are left alone.

import { useEffect } from 'react';

export interface DeckKeyActions {
  next: () => void;
  previous: () => void;
  candidate: (index: number) => void;
  leave: () => void;
}

/** True when the key press belongs to a field or control that uses arrows and digits itself. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Which deck action a key press asks for, if any. */
export function deckAction(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): { kind: 'next' | 'previous' | 'leave' } | { kind: 'candidate'; index: number } | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowRight' || event.key === 'PageDown') return { kind: 'next' };
  if (event.key === 'ArrowLeft' || event.key === 'PageUp') return { kind: 'previous' };
  if (event.key === 'Escape') return { kind: 'leave' };
  if (/^[1-9]$/.test(event.key)) return { kind: 'candidate', index: Number(event.key) - 1 };
  return null;
}

/** Listens on the document while the deck is shown and `enabled` (not while a dialog covers it). */
export function useDeckKeys(actions: DeckKeyActions, enabled = true): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const action = deckAction(event);
      if (action === null) return;
      event.preventDefault();
      if (action.kind === 'candidate') actions.candidate(action.index);
      else actions[action.kind]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actions, enabled]);
}
