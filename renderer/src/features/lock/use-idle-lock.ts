// Auto-lock: while unlocked, locks the app once no key was pressed and the mouse did not move
// for the configured number of minutes (read again on every check, so a changed setting applies).

import { useEffect } from 'react';
import { autoLockMinutes, lock } from '../../db/encryption';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'pointerdown'] as const;
const CHECK_EVERY_MS = 5_000;

/** Locks after the configured idle time while `active` (unlocked). */
export function useIdleLock(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let lastActivity = Date.now();
    let minutes: number | null = null;
    const touch = () => {
      lastActivity = Date.now();
    };
    const check = async () => {
      minutes = (await autoLockMinutes().catch(() => minutes)) ?? minutes;
      if (minutes !== null && Date.now() - lastActivity >= minutes * 60_000) lock();
    };
    for (const type of ACTIVITY_EVENTS)
      window.addEventListener(type, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, touch, { capture: true });
    };
  }, [active]);
}
