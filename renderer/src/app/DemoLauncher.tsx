// "Open the demo exercise": a complete fictitious exercise to explore the app with,
// built in, verified like any imported package and stored in the chosen role's workspace.

import { type FormEvent, useId, useState } from 'react';
import { ROLES, ROLE_LABELS, type Role, isRole } from '../roles';
import { useNavigation } from '../state';
import { openDemoExercise } from './open-demo';
import { describeError } from './use-live-query';

type Progress = { state: 'idle' } | { state: 'opening' } | { state: 'failed'; message: string };

/** The demo panel; with `role` it opens the demo in that role without asking. */
export function DemoLauncher({ role: fixedRole }: { role?: Role }) {
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
        Try it with the demo exercise
      </h2>
      <p>
        A complete, fictitious recruitment — the director of a treaty’s implementation support unit, five shortlisted candidates
        with their CVs, a competency rubric and a five-member panel. Nothing in it is real, and its signing keys are public: use it
        to look around, never for a real selection.
      </p>
      <form className="demo__form" onSubmit={(event) => void open(event)}>
        {!fixedRole && (
          <div className="field">
            <label htmlFor={selectId}>Open it as</label>
            <select id={selectId} value={role} disabled={busy} onChange={(event) => isRole(event.target.value) && setRole(event.target.value)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy}>
          {busy ? 'Opening the demo…' : 'Open the demo exercise'}
        </button>
      </form>
      <div role="status" className="visually-hidden">
        {busy ? 'Building and checking the demo exercise package…' : ''}
      </div>
      {progress.state === 'failed' && (
        <p className="alert alert--error" role="alert">
          The demo could not be opened. {progress.message}
        </p>
      )}
    </section>
  );
}
