// "Reset the demo": removes the demo exercise from every role's workspace on this computer
// (and its demo signing keys), after a confirmation; the person's own exercises stay.

import { useCallback, useState } from 'react';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import { listDemoWorkspaces, resetDemo } from '../../db/demo-reset';
import { platform } from '../../platform';
import { useNavigation, useRoute } from '../../state';
import { useT } from '../../i18n';
import './first-run.css';

type Step = { step: 'idle' } | { step: 'confirm' } | { step: 'resetting' } | { step: 'done'; count: number } | { step: 'failed'; message: string };

/** The demo reset panel; shows only a confirmation of the last reset when no demo workspace is left. */
export function DemoReset() {
  const t = useT();
  const demo = useLiveQuery(useCallback(() => listDemoWorkspaces(), []));
  const route = useRoute();
  const { goToStart } = useNavigation();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const workspaces = demo.status === 'ready' ? demo.value : [];

  const reset = async () => {
    setState({ step: 'resetting' });
    try {
      const outcome = await resetDemo();
      // The demo's keys are worth nothing (they are public), but a clean start leaves none behind.
      await Promise.all(
        outcome.workspaces.map(async (w) => {
          await platform().deleteSigner?.(w.role, w.id);
        }),
      );
      if (route.screen === 'workspace' && outcome.workspaces.some((w) => w.exerciseId === route.exerciseId)) goToStart();
      setState({ step: 'done', count: outcome.workspaces.length });
    } catch (error) {
      setState({ step: 'failed', message: t('firstRun.reset.failed', { message: describeError(error) }) });
    }
  };

  if (workspaces.length === 0) {
    return state.step === 'done' ? (
      <p className="alert alert--info" role="status">
        {t('firstRun.reset.done', { count: state.count })}
      </p>
    ) : null;
  }
  const where = workspaces.map((w) => t(`roles.${w.role}`).toLocaleLowerCase()).join(', ');
  return (
    <section className="section" aria-labelledby="demo-reset-title">
      <h2 id="demo-reset-title" className="section__title">
        {t('firstRun.reset.title')}
      </h2>
      <p>{t('firstRun.reset.explain', { count: workspaces.length, where })}</p>
      {state.step === 'confirm' || state.step === 'resetting' ? (
        <div className="empty-state__actions" role="group" aria-label={t('firstRun.reset.confirmGroup')}>
          <button type="button" className="button button--danger" disabled={state.step === 'resetting'} onClick={() => void reset()}>
            {state.step === 'resetting' ? t('firstRun.reset.resetting') : t('firstRun.reset.confirm')}
          </button>
          <button type="button" className="button" disabled={state.step === 'resetting'} onClick={() => setState({ step: 'idle' })}>
            {t('firstRun.reset.keep')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" onClick={() => setState({ step: 'confirm' })}>
          {t('firstRun.reset.ask')}
        </button>
      )}
      {state.step === 'failed' && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
