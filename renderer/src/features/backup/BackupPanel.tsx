// Backups of workspaces: each one saved as a single `.panelbackup` file sealed with a passphrase,
// and restored from one (after asking, when it would replace a workspace still here).

import { type FormEvent, useCallback, useState } from 'react';
import { DEFAULT_SCRYPT, type ScryptParams } from '../../../../core/crypto/passphrase-seal';
import { formatTimestamp } from '../../app/format';
import { listWorkspaces } from '../../db';
import {
  BACKUP_EXTENSION,
  BackupError,
  type WorkspaceBackup,
  exportWorkspaceBackup,
  readWorkspaceBackup,
  restoreWorkspaceBackup,
  workspaceExists,
} from '../../db/backup';
import { platform } from '../../platform';
import { useT } from '../../i18n';
import type { Role } from '../../roles';
import { useLiveQuery } from '../../app/use-live-query';
import { NewPassphraseFields } from '../lock/NewPassphraseFields';
import { passphraseStrength } from '../lock/passphrase-strength';
import '../lock/lock.css';

type Message = { kind: 'info' | 'error'; text: string } | null;

function describe(error: unknown): string {
  return error instanceof BackupError || error instanceof Error ? error.message : String(error);
}

/** The save and open dialogs' filter for backup files, named in the interface language. */
function useBackupFilters(): { name: string; extensions: string[] }[] {
  const t = useT();
  return [{ name: t('backup.fileType'), extensions: [BACKUP_EXTENSION] }];
}

/** What the restore question and message say about a backup: its title, role and date. */
function useBackupFacts(): (backup: WorkspaceBackup) => { title: string; role: string; date: string } {
  const t = useT();
  return (backup) => ({ title: backup.workspace.title, role: roleLabel(t, backup.workspace.role), date: formatTimestamp(backup.createdAt) });
}

function roleLabel(t: ReturnType<typeof useT>, role: Role): string {
  return t(`roles.${role}`);
}

function BackupForm({
  workspaceId,
  scryptParams,
  onDone,
}: {
  workspaceId: string;
  scryptParams: ScryptParams;
  onDone: (message: Message) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [working, setWorking] = useState(false);
  const t = useT();
  const filters = useBackupFilters();
  const strength = passphraseStrength(passphrase);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    try {
      const { fileName, bytes } = await exportWorkspaceBackup(workspaceId, passphrase, {
        params: scryptParams,
      });
      const { saved } = await platform().saveFile(fileName, bytes, filters);
      onDone(
        saved
          ? { kind: 'info', text: t('backup.form.saved', { fileName }) }
          : null,
      );
    } catch (error) {
      onDone({ kind: 'error', text: t('backup.form.failed', { reason: describe(error) }) });
    }
  };
  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)}>
      <NewPassphraseFields
        id="backup-passphrase"
        label={t('backup.form.passphrase')}
        repeatLabel={t('backup.form.again')}
        first={passphrase}
        second={again}
        onFirst={setPassphrase}
        onSecond={setAgain}
        strength={strength}
      />
      <button
        type="submit"
        className="button button--primary"
        disabled={working || !strength.acceptable || passphrase !== again}
      >
        {working ? t('backup.form.encrypting') : t('backup.form.save')}
      </button>
    </form>
  );
}

function RestoreForm({
  file,
  onDone,
}: {
  file: { name: string; bytes: Uint8Array };
  onDone: (message: Message) => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [opened, setOpened] = useState<{ backup: WorkspaceBackup; replaces: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const t = useT();
  const factsOf = useBackupFacts();
  const open = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    setError(null);
    try {
      const backup = await readWorkspaceBackup(file.bytes, passphrase);
      setOpened({ backup, replaces: await workspaceExists(backup.workspace.id) });
    } catch (failure) {
      setError(describe(failure));
    }
    setWorking(false);
  };
  const restore = async (backup: WorkspaceBackup) => {
    try {
      await restoreWorkspaceBackup(backup);
      onDone({ kind: 'info', text: t('backup.restore.restored', factsOf(backup)) });
    } catch (failure) {
      onDone({ kind: 'error', text: t('backup.restore.failed', { reason: describe(failure) }) });
    }
  };
  if (opened) {
    const { backup, replaces } = opened;
    return (
      <div
        className={`alert ${replaces ? 'alert--warning' : 'alert--info'}`}
        role="alertdialog"
        aria-labelledby="restore-question"
      >
        <p id="restore-question">
          {t(replaces ? 'backup.restore.replaceQuestion' : 'backup.restore.question', factsOf(backup))}
        </p>
        <button type="button" className="button button--primary" onClick={() => void restore(backup)}>
          {replaces ? t('backup.restore.replace') : t('backup.restore.restore')}
        </button>{' '}
        <button type="button" className="button" onClick={() => onDone(null)}>
          {t('backup.restore.cancel')}
        </button>
      </div>
    );
  }
  return (
    <form className="lock-form" onSubmit={(event) => void open(event)}>
      <div className="field">
        <label htmlFor="restore-passphrase">{t('backup.restore.passphrase', { fileName: file.name })}</label>
        <input
          id="restore-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={working || passphrase.length === 0}>
        {working ? t('backup.restore.opening') : t('backup.restore.open')}
      </button>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** The backup section: one "Back up" per workspace, and "Restore from a backup file". */
export function BackupPanel({ scryptParams = DEFAULT_SCRYPT }: { scryptParams?: ScryptParams }) {
  const workspaces = useLiveQuery(useCallback(() => listWorkspaces(), []));
  const [backingUp, setBackingUp] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const t = useT();
  const filters = useBackupFilters();
  const done = (next: Message) => {
    setBackingUp(null);
    setRestoring(null);
    setMessage(next);
  };
  const pick = async () => {
    const [file] = await platform().openFiles({
      title: t('backup.chooseFile'),
      filters,
      multiple: false,
    });
    if (file) setRestoring(file);
  };
  return (
    <section className="section" aria-labelledby="backup-title">
      <h2 id="backup-title" className="section__title">
        {t('backup.title')}
      </h2>
      {workspaces.status === 'ready' && workspaces.value.length > 0 && (
        <ul className="backup-list">
          {workspaces.value.map((workspace) => (
            <li key={workspace.id}>
              <span>{t('backup.workspace', { title: workspace.title, role: roleLabel(t, workspace.role) })}</span>
              <button
                type="button"
                className="button button--small"
                onClick={() => setBackingUp(workspace.id)}
                aria-label={t('backup.backUpLabel', { title: workspace.title, role: roleLabel(t, workspace.role) })}
              >
                {t('backup.backUp')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {backingUp && <BackupForm workspaceId={backingUp} scryptParams={scryptParams} onDone={done} />}
      {restoring ? (
        <RestoreForm file={restoring} onDone={done} />
      ) : (
        <button type="button" className="button" onClick={() => void pick()}>
          {t('backup.restoreFromFile')}
        </button>
      )}
      {message && (
        <p className={`alert alert--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
