// The saved state of the member's work, always in view: there is no save button, so this
// is how a member knows a change is on disk.

import type { SaveState } from './use-save-queue';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** "Saving…", "Saved", or what went wrong. */
export function SaveIndicator({ state }: { state: SaveState }) {
  let text: string;
  switch (state.status) {
    case 'idle':
      text = 'Every change is saved on this computer as you make it';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = `Saved ${time.format(state.at)}`;
      break;
    case 'failed':
      text = `Not saved: ${state.message}`;
      break;
  }
  return (
    <p className={`save-state save-state--${state.status}`} role="status" data-save-state={state.status}>
      {text}
    </p>
  );
}
