// The welcome on a computer that holds no exercise yet: what Panelscore is for, then the role
// question with the demo one click away, so the first five minutes go to the real work.

import { useCallback, useState } from 'react';
import { openDemoExercise } from '../../app/open-demo';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import { listWorkspaces } from '../../db';
import { ROLES, type Role } from '../../roles';
import { useNavigation } from '../../state';
import { useT } from '../../i18n';
import './first-run.css';

type Progress = { state: 'idle' } | { state: 'opening'; role: Role } | { state: 'failed'; message: string };

/** The welcome panel; renders nothing once any workspace exists on this computer. */
export function Welcome() {
  const workspaces = useLiveQuery(useCallback(() => listWorkspaces(), []));
  if (workspaces.status !== 'ready' || workspaces.value.length > 0) return null;
  return <WelcomePanel />;
}

function WelcomePanel() {
  const t = useT();
  const { openRole } = useNavigation();
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const tryDemo = async (role: Role) => {
    setProgress({ state: 'opening', role });
    try {
      const { exerciseId } = await openDemoExercise(role);
      openRole(role, exerciseId);
    } catch (error) {
      setProgress({ state: 'failed', message: describeError(error) });
    }
  };
  const busy = progress.state === 'opening';
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title" className="welcome__title">
        {t('firstRun.welcome.title')}
      </h2>
      <p>{t('firstRun.welcome.intro')}</p>
      <ol className="welcome__steps">
        <li>{t('firstRun.welcome.stepRole')}</li>
        <li>{t('firstRun.welcome.stepDemo')}</li>
      </ol>
      <div className="welcome__demo" role="group" aria-label={t('firstRun.welcome.tryDemo')}>
        {ROLES.map((role) => (
          <button key={role} type="button" className="button" disabled={busy} aria-busy={busy && progress.role === role} onClick={() => void tryDemo(role)}>
            <span>{busy && progress.role === role ? t('app.demo.opening') : t(`firstRun.welcome.demoAs.${role}`)}</span>
            <span className="welcome__demo-what">{t(`firstRun.welcome.firstStep.${role}`)}</span>
          </button>
        ))}
      </div>
      {progress.state === 'failed' && (
        <p className="alert alert--error" role="alert">
          {t('app.demo.failed', { message: progress.message })}
        </p>
      )}
    </section>
  );
}
