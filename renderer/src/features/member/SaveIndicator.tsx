// The saved state of the member's work, always in view: there is no save button, so this
// is how a member knows a change is on disk.

import { memo } from 'react';
import { intlLocale, useT } from '../../i18n';
import type { SaveState } from './use-save-queue';

/** The clock format of "Saved at …", per interface locale: made once, not at every keystroke's render. */
const savedClocks = new Map<string, Intl.DateTimeFormat>();

function savedClock(locale: string): Intl.DateTimeFormat {
  let clock = savedClocks.get(locale);
  if (!clock) {
    clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
    savedClocks.set(locale, clock);
  }
  return clock;
}

/** "Saving…", "Saved", or what went wrong (memoised: it re-renders only when the state changes). */
export const SaveIndicator = memo(function SaveIndicator({ state }: { state: SaveState }) {
  const t = useT();
  let text: string;
  switch (state.status) {
    case 'idle':
      text = t('import.save.idle');
      break;
    case 'saving':
      text = t('import.save.saving');
      break;
    case 'saved': {
      text = t('import.save.saved', { time: savedClock(intlLocale()).format(state.at) });
      break;
    }
    case 'failed':
      text = t('import.save.failed', { message: state.message });
      break;
  }
  return (
    <p className={`save-state save-state--${state.status}`} role="status" data-save-state={state.status}>
      {text}
    </p>
  );
});
