// The deck's controls: previous/next, a picker of every view (to jump to a candidate), full
// screen, theme and how members are named. Everything here also has a key (see use-deck-keys).

import { useId } from 'react';
import type { PresentationSettings } from '../../db/debrief-state';

interface Props {
  views: { id: string; title: string }[];
  index: number;
  onGo: (index: number) => void;
  presenting: boolean;
  onPresent: () => void;
  settings: PresentationSettings;
  onSettings: (settings: PresentationSettings) => void;
  onShowSheets: () => void;
}

/** The toolbar above the debrief's views. */
export function DeckToolbar({
  views,
  index,
  onGo,
  presenting,
  onPresent,
  settings,
  onSettings,
  onShowSheets,
}: Props) {
  const pickerId = useId();
  return (
    <nav className="deck-toolbar" aria-label="Debrief views">
      <button
        type="button"
        className="button"
        onClick={() => onGo(index - 1)}
        disabled={index === 0}
        aria-keyshortcuts="ArrowLeft PageUp"
      >
        ← Previous
      </button>
      <label htmlFor={pickerId} className="visually-hidden">
        Go to view
      </label>
      <select id={pickerId} value={index} onChange={(event) => onGo(Number(event.target.value))}>
        {views.map((v, i) => (
          <option key={v.id} value={i}>
            {i + 1}. {v.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button"
        onClick={() => onGo(index + 1)}
        disabled={index === views.length - 1}
        aria-keyshortcuts="ArrowRight PageDown"
      >
        Next →
      </button>
      <span className="deck-toolbar__spacer" />
      <button
        type="button"
        className="button"
        aria-pressed={settings.memberLabels === 'letters'}
        onClick={() =>
          onSettings({ ...settings, memberLabels: settings.memberLabels === 'letters' ? 'names' : 'letters' })
        }
      >
        {settings.memberLabels === 'letters' ? 'Show member names' : 'Show members as A, B, …'}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => onSettings({ ...settings, theme: settings.theme === 'dark' ? 'light' : 'dark' })}
      >
        {settings.theme === 'dark' ? 'Light theme' : 'Dark theme'}
      </button>
      {!presenting && (
        <button type="button" className="button" onClick={onShowSheets}>
          Score sheets
        </button>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={onPresent}
        aria-keyshortcuts={presenting ? 'Escape' : undefined}
      >
        {presenting ? 'Leave full screen (Esc)' : 'Present full screen'}
      </button>
    </nav>
  );
}
