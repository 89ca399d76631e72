// Full screen for the projector: the Fullscreen API where the platform allows it; otherwise (or
// when it is refused) the deck still fills the window, which is the fallback the CSS provides.

import { type RefObject, useCallback, useEffect, useState } from 'react';

/** Whether the deck is presented, and the actions to enter and leave presentation. */
export function useFullscreen(target: RefObject<HTMLElement | null>): {
  presenting: boolean;
  enter: () => void;
  leave: () => void;
} {
  const [presenting, setPresenting] = useState(false);

  useEffect(() => {
    // Leaving the browser's full screen (its own Esc handling) leaves the presentation too.
    const onChange = () => {
      if (document.fullscreenElement === null) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const enter = useCallback(() => {
    setPresenting(true);
    const element = target.current;
    if (element && typeof element.requestFullscreen === 'function' && document.fullscreenEnabled) {
      element.requestFullscreen().catch(() => undefined);
    }
  }, [target]);

  const leave = useCallback(() => {
    setPresenting(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }, []);

  return { presenting, enter, leave };
}
