// The screen shown while the data is locked: one passphrase field, progress while the key is
// derived (about a second), and a clear message when the passphrase is wrong.

import { type FormEvent, useState } from 'react';
import './lock.css';
import { WrongPassphraseError, eraseEncryptedData, unlock } from '../../db/encryption';
import { useT } from '../../i18n';

/** The way out for a forgotten passphrase: erase everything, then restore backups. */
function ForgottenPassphrase() {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <p className="hint muted">
        {t('lock.unlock.forgot')}{' '}
        <button type="button" className="link-button" onClick={() => setAsking(true)}>
          {t('lock.unlock.eraseOffer')}
        </button>
      </p>
    );
  }
  return (
    <div className="alert alert--warning" role="alertdialog" aria-labelledby="erase-title">
      <p id="erase-title">
        <strong>{t('lock.unlock.eraseTitle')}</strong> {t('lock.unlock.eraseExplain')}
      </p>
      <button type="button" className="button" onClick={() => void eraseEncryptedData()}>
        {t('lock.unlock.erase')}
      </button>{' '}
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t('lock.unlock.keep')}
      </button>
    </div>
  );
}

/** Asks for the passphrase and unlocks. */
export function UnlockScreen() {
  const t = useT();
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setProgress(0);
    try {
      await unlock(passphrase, setProgress);
    } catch (failure) {
      setError(
        failure instanceof WrongPassphraseError
          ? failure.message
          : t('lock.unlock.failed', { reason: failure instanceof Error ? failure.message : String(failure) }),
      );
      setProgress(null);
    }
  };

  return (
    <div className="app">
      <main id="main" className="app-main">
        <div className="page">
          <h1 className="page__title">{t('lock.unlock.title')}</h1>
          <p className="page__lead">{t('lock.unlock.lead')}</p>
          <form className="lock-form" onSubmit={(event) => void submit(event)}>
            <div className="field">
              <label htmlFor="unlock-passphrase">{t('lock.unlock.passphrase')}</label>
              <input
                id="unlock-passphrase"
                type="password"
                autoComplete="current-password"
                autoFocus
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
                aria-describedby={error ? 'unlock-error' : undefined}
              />
            </div>
            <button
              type="submit"
              className="button button--primary"
              disabled={progress !== null || passphrase.length === 0}
            >
              {progress === null ? t('lock.unlock.submit') : t('lock.unlock.working')}
            </button>
            {progress !== null && <progress max={1} value={progress} aria-label={t('lock.unlock.progress')} />}
          </form>
          {error && (
            <p id="unlock-error" className="alert alert--error" role="alert">
              {error}
            </p>
          )}
          <div className="lock-forgot">
            <ForgottenPassphrase />
          </div>
        </div>
      </main>
    </div>
  );
}
