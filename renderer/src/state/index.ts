// The one place components get UI state from; stores are created only in this folder.

import { useUiStore, type Route } from './ui-store';
import { useLanguageStore, type Language } from './language-store';
import type { Role } from '../roles';

export { sanitizeRoute, type Route, type UiState } from './ui-store';

/** The screen being shown. */
export function useRoute(): Route {
  return useUiStore((state) => state.route);
}

/** The navigation actions (stable across renders). */
export function useNavigation(): { goToStart: () => void; openRole: (role: Role, exerciseId?: string | null) => void } {
  const goToStart = useUiStore((state) => state.goToStart);
  const openRole = useUiStore((state) => state.openRole);
  return { goToStart, openRole };
}

/** Resets UI state to the start screen (tests, and after "forget everything"). */
export function resetUiState(): void {
  useUiStore.getState().goToStart();
}

export { LANGUAGES, isLanguage, type Language } from './language-store';

/** The interface language and the way to change it. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const language = useLanguageStore((state) => state.language);
  const setLanguage = useLanguageStore((state) => state.setLanguage);
  return { language, setLanguage };
}
