// UI state only: which screen is showing, for which role and exercise. The data itself
// lives in IndexedDB (renderer/src/db); the route is remembered so a reload reopens it.

import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { type Role, isRole } from '../roles';

export type Route =
  | { screen: 'start' }
  | { screen: 'workspace'; role: Role; exerciseId: string | null };

export interface UiState {
  route: Route;
  /** Shows the role choice. */
  goToStart: () => void;
  /** Opens a role's workspace, on one exercise or on the list of its exercises. */
  openRole: (role: Role, exerciseId?: string | null) => void;
}

const START: Route = { screen: 'start' };

/** Accepts a remembered route only when it still has a valid shape. */
export function sanitizeRoute(value: unknown): Route {
  if (typeof value !== 'object' || value === null) return START;
  const route = value as Record<string, unknown>;
  if (route.screen === 'workspace' && isRole(route.role)) {
    const exerciseId = typeof route.exerciseId === 'string' ? route.exerciseId : null;
    return { screen: 'workspace', role: route.role, exerciseId };
  }
  return START;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      route: START,
      goToStart: () => set({ route: START }),
      openRole: (role, exerciseId = null) => set({ route: { screen: 'workspace', role, exerciseId } }),
    }),
    {
      name: 'panelscore.ui',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ route: state.route }),
      merge: (persisted, current) => ({
        ...current,
        route: sanitizeRoute((persisted as { route?: unknown } | undefined)?.route),
      }),
    },
  ),
);
