// "Open the demo exercise": a complete fictitious exercise to explore the app with,
// built in, verified like any imported package and stored in the chosen role's workspace.

import { type FormEvent, useId, useState } from 'react';
import { ROLES, type Role, isRole } from '../roles';
import { useT } from '../i18n';
import { useNavigation } from '../state';
import { openDemoExercise } from './open-demo';
import { describeError } from './use-live-query';

type Progress = { state: 'idle' } | { state: 'opening' } | { state: 'failed'; message: string };

/** The demo panel; with `role` it opens the demo in that role without asking. */
export function DemoLauncher({ role: fixedRole }: { role?: Role }) {
  const t = useT();
  const { openRole } = useNavigation();
  const [role, setRole] = useState<Role>(fixedRole ?? 'member');
  const [progress, setProgress] = useState<Progress>({ state: 'idle' });
  const selectId = useId();

  const open = async (event: FormEvent) => {
    event.preventDefault();
    setProgress({ state: 'opening' });
    try {
      const { exerciseId } = await openDemoExercise(role);
      openRole(role, exerciseId);
    } catch (error) {
      setProgress({ state: 'failed', message: describeError(error) });
    }
  };

  const busy = progress.state === 'opening';
  return (
    <section className="section demo" aria-labelledby="demo-title">
      <h2 id="demo-title" className="section__title">
        {t('app.demo.title')}
      </h2>
      <p>{t('app.demo.description')}</p>
      <form className="demo__form" onSubmit={(event) => void open(event)}>
        {!fixedRole && (
          <div className="field">
            <label htmlFor={selectId}>{t('app.demo.openAs')}</label>
            <select id={selectId} value={role} disabled={busy} onChange={(event) => isRole(event.target.value) && setRole(event.target.value)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
          {busy ? t('app.demo.opening') : t('app.demo.open')}
        </button>
      </form>
      <div role="status" className="visually-hidden">
        {busy ? t('app.demo.building') : ''}
      </div>
      {progress.state === 'failed' && (
        <p className="alert alert--error" role="alert">
          {t('app.demo.failed', { message: progress.message })}
        </p>
      )}
    </section>
  );
}
