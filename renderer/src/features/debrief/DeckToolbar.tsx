// The deck's controls: previous/next, a picker of every view (to jump to a candidate), full
// screen, theme and how members are named. Everything here also has a key (see use-deck-keys).

import { useId } from 'react';
import type { PresentationSettings } from '../../db/debrief-state';
import { useT } from '../../i18n';

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
  const t = useT();
  const pickerId = useId();
  return (
    <nav className="deck-toolbar" aria-label={t('debrief.toolbar.label')}>
      <button
        type="button"
        className="button"
        onClick={() => onGo(index - 1)}
        disabled={index === 0}
        aria-keyshortcuts="ArrowLeft PageUp"
      >
        {t('debrief.toolbar.previous')}
      </button>
      <label htmlFor={pickerId} className="visually-hidden">
        {t('debrief.toolbar.goTo')}
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
        {t('debrief.toolbar.next')}
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
        {settings.memberLabels === 'letters'
          ? t('debrief.toolbar.showNames')
          : t('debrief.toolbar.showLetters')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => onSettings({ ...settings, theme: settings.theme === 'dark' ? 'light' : 'dark' })}
      >
        {settings.theme === 'dark' ? t('debrief.toolbar.lightTheme') : t('debrief.toolbar.darkTheme')}
      </button>
      {!presenting && (
        <button type="button" className="button" onClick={onShowSheets}>
          {t('debrief.toolbar.sheets')}
        </button>
      )}
      <button
        type="button"
        className="button button--primary"
        onClick={onPresent}
        aria-keyshortcuts={presenting ? 'Escape' : undefined}
      >
        {presenting ? t('debrief.toolbar.leave') : t('debrief.toolbar.present')}
      </button>
    </nav>
  );
}
