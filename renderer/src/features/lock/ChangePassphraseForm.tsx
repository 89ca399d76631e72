// "Change passphrase" while unlocked: the current passphrase (checked against the vault, not just
// trusted because the app is open), the new one twice. Only the data key is sealed again.

import { type FormEvent, useState } from 'react';
import type { ScryptParams } from '../../../../core/crypto/passphrase-seal';
import { changePassphrase } from '../../db/encryption';
import { useT } from '../../i18n';
import { NewPassphraseFields } from './NewPassphraseFields';
import { passphraseStrength } from './passphrase-strength';

type State =
  | { kind: 'closed' | 'open' | 'done' }
  | { kind: 'working'; progress: number }
  | { kind: 'error'; message: string };

/** The button, then the form that changes the passphrase. `scryptParams` lets tests make it fast. */
export function ChangePassphraseForm({ scryptParams }: { scryptParams?: ScryptParams }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [current, setCurrent] = useState('');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const strength = passphraseStrength(first);
  const same = first.length > 0 && first === current;

  const reset = (next: State) => {
    setCurrent('');
    setFirst('');
    setSecond('');
    setState(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (current.length === 0 || !strength.acceptable || first !== second || same) return;
    setState({ kind: 'working', progress: 0 });
    try {
      await changePassphrase(current, first, {
        ...(scryptParams ? { params: scryptParams } : {}),
        onProgress: (progress) => setState({ kind: 'working', progress }),
      });
      reset({ kind: 'done' });
    } catch (error) {
      // A wrong current passphrase says so in words (WrongPassphraseError); anything else says what failed.
      const reason = error instanceof Error ? error.message : String(error);
      setState({ kind: 'error', message: t('lock.change.failed', { reason }) });
    }
  };

  if (state.kind === 'closed' || state.kind === 'done') {
    return (
      <>
        {state.kind === 'done' && (
          <p className="alert alert--info" role="status">
            {t('lock.change.done')}
          </p>
        )}
        <button type="button" className="button" onClick={() => setState({ kind: 'open' })}>
          {t('lock.change.open')}
        </button>
      </>
    );
  }
  const working = state.kind === 'working';
  return (
    <form className="lock-form" aria-labelledby="change-passphrase-title" onSubmit={(event) => void submit(event)}>
      <h3 id="change-passphrase-title">{t('lock.change.title')}</h3>
      <p className="hint">{t('lock.change.explain')}</p>
      <div className="field">
        <label htmlFor="current-passphrase">{t('lock.change.current')}</label>
        <input
          id="current-passphrase"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
      </div>
      <NewPassphraseFields
        id="changed-passphrase"
        label={t('lock.panel.newPassphrase')}
        repeatLabel={t('lock.panel.repeat')}
        first={first}
        second={second}
        onFirst={setFirst}
        onSecond={setSecond}
        strength={strength}
        problem={same ? t('lock.change.same') : null}
      />
      <div className="lock-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={working || current.length === 0 || !strength.acceptable || first !== second || same}
        >
          {working ? t('lock.change.working') : t('lock.change.submit')}
        </button>{' '}
        <button type="button" className="button" disabled={working} onClick={() => reset({ kind: 'closed' })}>
          {t('lock.change.cancel')}
        </button>
      </div>
      {working && <progress max={1} value={state.progress} aria-label={t('lock.unlock.progress')} />}
      {state.kind === 'error' && (
        <p className="alert alert--error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
