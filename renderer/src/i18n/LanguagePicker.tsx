// The interface language choice, in the app header. The choice is remembered (state/) and
// applied at once: i18next re-renders every translated component and <html lang> follows.

import { useId } from 'react';
import { LANGUAGES, isLanguage, useLanguage } from '../state';
import { LANGUAGE_NAMES, useT } from '.';

/** A labelled select of the interface languages, each named in itself. */
export function LanguagePicker({ className }: { className?: string }) {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const id = useId();
  return (
    <div className={className ?? 'language-picker'}>
      <label htmlFor={id} className="language-picker__label">
        {t('language.label')}
      </label>
      <select id={id} value={language} onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
