// The app frame: header, then the screen the route names. Screens below this
// read data from db/ and UI state from state/; nothing is passed through props here.

import { useEffect, useRef } from 'react';
import { OpenedFilePrompt } from '../features/first-run/OpenedFilePrompt';
import { AppHeader } from './AppHeader';
import { StartScreen } from './StartScreen';
import { WorkspaceScreen } from './WorkspaceScreen';
import { LockGate } from '../features/lock/LockGate';
import { useRoute } from '../state';
import { useT } from '../i18n';

/** The whole application. */
export function App() {
  const t = useT();
  const route = useRoute();
  const routeKey = route.screen === 'start' ? 'start' : `${route.role}:${route.exerciseId ?? ''}`;
  const main = useRef<HTMLElement>(null);
  const shownKey = useRef(routeKey);

  // On a change of screen, move focus (and so the reading position) to the new content,
  // as a page load would; not on first render, where the browser's own focus is right.
  useEffect(() => {
    if (shownKey.current === routeKey) return;
    shownKey.current = routeKey;
    main.current?.focus();
  }, [routeKey]);

  return (
    <LockGate>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <AppHeader />
        <main id="main" ref={main} className="app-main" tabIndex={-1}>
          <OpenedFilePrompt />
          {route.screen === 'start' ? (
            <StartScreen />
          ) : (
            <WorkspaceScreen key={routeKey} role={route.role} exerciseId={route.exerciseId} />
          )}
        </main>
      </div>
    </LockGate>
  );
}
