// The interface translations: i18next with every language bundled (the app is offline and its
// CSP allows no fetch), following the language remembered in renderer/src/state.

import i18next, { type TFunction, type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { type Language, useLanguageStore } from '../state/language-store';
import { TRANSLATIONS } from './resources';

export const resources = {
  en: { translation: TRANSLATIONS.en },
  fr: { translation: TRANSLATIONS.fr },
  es: { translation: TRANSLATIONS.es },
} as const;

/** The locale Intl formats with for each interface language (dates day-month-year everywhere). */
export const INTL_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** Each language named in itself, as the language picker shows it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', fr: 'Français', es: 'Español' };

export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: useLanguageStore.getState().language,
  fallbackLng: 'en',
  initAsync: false,
  returnNull: false,
  // React escapes what it renders; escaping here too would show `&amp;` in names.
  interpolation: { escapeValue: false },
});

function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

applyLanguage(useLanguageStore.getState().language);
useLanguageStore.subscribe((state) => applyLanguage(state.language));

/** The Intl locale of the current interface language. */
export function intlLocale(): string {
  const language = useLanguageStore.getState().language;
  return INTL_LOCALES[language];
}

export type { TFunction } from 'i18next';

/** `t` for components: re-renders them when the language changes. */
export function useT(): TFunction {
  return useTranslation().t;
}

/** Translates outside React (module code, error messages built in handlers). */
export function translate(key: string, options: Record<string, unknown> = {}): string {
  return i18n.t(key, options);
}
