// Settings for encryption at rest: set a passphrase (twice, with a strength hint and the warning
// that a lost passphrase means lost data), then the idle time before auto-lock and "Lock now".

import { type FormEvent, useEffect, useState } from 'react';
import './lock.css';
import { DEFAULT_SCRYPT, type ScryptParams } from '../../../../core/crypto/passphrase-seal';
import {
  DEFAULT_AUTO_LOCK_MINUTES,
  autoLockMinutes,
  enableEncryption,
  lock,
  setAutoLockMinutes,
  signingKeySetting,
  scrubDeletedData,
} from '../../db/encryption';
import { useT } from '../../i18n';
import { deletePlainKeyStore, exportPlainKeys } from '../../platform/browser-keystore';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { NewPassphraseFields } from './NewPassphraseFields';
import { passphraseStrength } from './passphrase-strength';
import { useEncryptionStatus } from './use-encryption-status';

const MINUTE_CHOICES = [2, 5, 10, 15, 30, 60];

function AutoLockChoice({ value, onChange }: { value: number; onChange: (minutes: number) => void }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor="auto-lock-minutes">{t('lock.panel.autoLock')}</label>
      <select id="auto-lock-minutes" value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {[...new Set([...MINUTE_CHOICES, value])]
          .sort((a, b) => a - b)
          .map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('lock.panel.minutes', { count: minutes })}
            </option>
          ))}
      </select>
    </div>
  );
}

function TurnOnForm({ scryptParams, scrub }: { scryptParams: ScryptParams; scrub: boolean }) {
  const t = useT();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [minutes, setMinutes] = useState(DEFAULT_AUTO_LOCK_MINUTES);
  const [state, setState] = useState<
    { kind: 'idle' | 'working' } | { kind: 'error' | 'warning'; message: string }
  >({ kind: 'idle' });
  const strength = passphraseStrength(first);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!strength.acceptable || first !== second) return;
    setState({ kind: 'working' });
    try {
      const { movable, stuck } = await exportPlainKeys().catch(() => ({
        movable: [],
        stuck: [] as string[],
      }));
      await enableEncryption(first, {
        params: scryptParams,
        autoLockMinutes: minutes,
        extraSettings: movable.map(signingKeySetting),
        afterPlainDeleted: async () => {
          // The plain key store goes once its keys are sealed (or it had none); keys that cannot move keep it.
          if (stuck.length === 0) await deletePlainKeyStore();
          if (scrub) await scrubDeletedData();
        },
      });
      if (stuck.length > 0) {
        setState({
          kind: 'warning',
          message: t('lock.panel.stuckKeys', { workspaces: stuck.join(', ') }),
        });
      }
    } catch (error) {
      setState({
        kind: 'error',
        message: t('lock.panel.notTurnedOn', { reason: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)}>
      <p className="alert alert--warning">{t('lock.panel.lostWarning')}</p>
      <NewPassphraseFields
        id="new-passphrase"
        label={t('lock.panel.newPassphrase')}
        repeatLabel={t('lock.panel.repeat')}
        first={first}
        second={second}
        onFirst={setFirst}
        onSecond={setSecond}
        strength={strength}
      />
      <AutoLockChoice value={minutes} onChange={setMinutes} />
      <button
        type="submit"
        className="button button--primary"
        disabled={state.kind === 'working' || !strength.acceptable || first !== second}
      >
        {state.kind === 'working' ? t('lock.panel.encrypting') : t('lock.panel.turnOn')}
      </button>
      {(state.kind === 'error' || state.kind === 'warning') && (
        <p className={`alert alert--${state.kind}`} role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}

function LockSettings({ scryptParams }: { scryptParams: ScryptParams }) {
  const t = useT();
  const [minutes, setMinutes] = useState<number | null>(null);
  useEffect(() => {
    void autoLockMinutes().then(setMinutes);
  }, []);
  const change = (next: number) => {
    setMinutes(next);
    void setAutoLockMinutes(next);
  };
  return (
    <div className="lock-form">
      <p>{t('lock.panel.isOn')}</p>
      {minutes !== null && <AutoLockChoice value={minutes} onChange={change} />}
      <div className="lock-form__actions">
        <button type="button" className="button" onClick={lock}>
          {t('lock.panel.lockNow')}
        </button>
      </div>
      <ChangePassphraseForm scryptParams={scryptParams} />
    </div>
  );
}

/** The encryption section of the start screen. Tests lower `scryptParams` and turn `scrub` off (no browser files to clean in jsdom). */
export function EncryptionPanel({
  scryptParams = DEFAULT_SCRYPT,
  scrub = true,
}: {
  scryptParams?: ScryptParams;
  scrub?: boolean;
}) {
  const t = useT();
  const status = useEncryptionStatus();
  return (
    <section className="section" aria-labelledby="encryption-title">
      <h2 id="encryption-title" className="section__title">
        {t('lock.panel.title')}
      </h2>
      {status === 'off' ? <TurnOnForm scryptParams={scryptParams} scrub={scrub} /> : <LockSettings scryptParams={scryptParams} />}
    </section>
  );
}
