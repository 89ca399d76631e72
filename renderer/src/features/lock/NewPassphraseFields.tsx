// A new passphrase typed twice, with its strength hint and a note when the two differ: the one set of
// fields behind turning encryption on, changing the passphrase and sealing a backup file.

import { useT } from '../../i18n';
import type { PassphraseStrength } from './passphrase-strength';

export interface NewPassphraseFieldsProps {
  /** Prefix of the fields' ids: `${id}`, `${id}-repeat`, `${id}-hint`. */
  id: string;
  label: string;
  repeatLabel: string;
  first: string;
  second: string;
  onFirst: (value: string) => void;
  onSecond: (value: string) => void;
  strength: PassphraseStrength;
  /** Said instead of the strength hint (e.g. "the same as the current one"). */
  problem?: string | null;
}

/** The two fields of a new passphrase; the parent keeps the values and decides when they are acceptable. */
export function NewPassphraseFields({ id, label, repeatLabel, first, second, onFirst, onSecond, strength, problem = null }: NewPassphraseFieldsProps) {
  const t = useT();
  const mismatch = second.length > 0 && first !== second;
  return (
    <>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="password"
          autoComplete="new-password"
          value={first}
          onChange={(event) => onFirst(event.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <span id={`${id}-hint`} className="hint" aria-live="polite">
          {problem ?? (first.length > 0 ? strength.hint : t('lock.panel.wordsHint'))}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-repeat`}>{repeatLabel}</label>
        <input
          id={`${id}-repeat`}
          type="password"
          autoComplete="new-password"
          value={second}
          onChange={(event) => onSecond(event.target.value)}
          aria-invalid={mismatch}
        />
        {mismatch && <span className="hint">{t('lock.panel.differ')}</span>}
      </div>
    </>
  );
}
