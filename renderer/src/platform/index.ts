// Picks the platform once, at startup: the preload bridge when the app runs in
// Electron, web APIs otherwise. Screens call platform() and never check which.

import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

export type * from './types';

let current: Platform | null = null;

/** The platform the app runs on (decided on first call). */
export function platform(): Platform {
  current ??= window.panelscore ? createElectronPlatform(window.panelscore) : createBrowserPlatform();
  return current;
}

/** Replaces the platform (component tests use a fake one). */
export function setPlatform(replacement: Platform | null): void {
  current = replacement;
}
