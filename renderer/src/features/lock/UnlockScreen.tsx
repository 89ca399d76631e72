// The screen shown while the data is locked: one passphrase field, progress while the key is
// derived (about a second), and a clear message when the passphrase is wrong.

import { type FormEvent, useState } from 'react';
import './lock.css';
import { WrongPassphraseError, eraseEncryptedData, unlock } from '../../db/encryption';

/** The way out for a forgotten passphrase: erase everything, then restore backups. */
function ForgottenPassphrase() {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <p className="hint muted">
        Forgot it? Without the passphrase the data cannot be recovered.{' '}
        <button type="button" className="link-button" onClick={() => setAsking(true)}>
          Erase the encrypted data and start again
        </button>
      </p>
    );
  }
  return (
    <div className="alert alert--warning" role="alertdialog" aria-labelledby="erase-title">
      <p id="erase-title">
        <strong>Erase every workspace on this computer?</strong> Scores, notes and documents that are not in a
        backup file are lost for good. Afterwards, restore your workspaces from their .panelbackup files.
      </p>
      <button type="button" className="button" onClick={() => void eraseEncryptedData()}>
        Erase everything
      </button>{' '}
      <button type="button" className="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  );
}

/** Asks for the passphrase and unlocks. */
export function UnlockScreen() {
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
          : `Could not unlock: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
      setProgress(null);
    }
  };

  return (
    <div className="app">
      <main id="main" className="app-main">
        <div className="page">
          <h1 className="page__title">Panelscore is locked</h1>
          <p className="page__lead">
            The scores, notes and candidate documents on this computer are encrypted. Type your passphrase to
            open them.
          </p>
          <form className="lock-form" onSubmit={(event) => void submit(event)}>
            <div className="field">
              <label htmlFor="unlock-passphrase">Passphrase</label>
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
              {progress === null ? 'Unlock' : 'Unlocking…'}
            </button>
            {progress !== null && <progress max={1} value={progress} aria-label="Checking the passphrase" />}
          </form>
          {error && (
            <p id="unlock-error" className="alert alert--error" role="alert">
              {error}
            </p>
          )}
          <ForgottenPassphrase />
        </div>
      </main>
    </div>
  );
}
