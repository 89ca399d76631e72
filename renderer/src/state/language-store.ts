// UI state only: the interface language the person chose. Remembered in localStorage, like
// the route, so the app opens in that language next time; the default is English.

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** The interface languages, as BCP 47 primary tags. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** True when `value` is one of the interface languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export interface LanguageState {
  language: Language;
  /** Switches the interface language. */
  setLanguage: (language: Language) => void;
}

export const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      language: 'en',
      setLanguage: (language) => set({ language }),
    }),
    {
      name: 'panelscore.language',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ language: state.language }),
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return { ...current, language: isLanguage(language) ? language : current.language };
      },
    },
  ),
);
