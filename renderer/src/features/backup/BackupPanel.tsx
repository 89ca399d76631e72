// Backups of workspaces: each one saved as a single `.panelbackup` file sealed with a passphrase,
// and restored from one (after asking, when it would replace a workspace still here).

import { type FormEvent, useCallback, useState } from 'react';
import { DEFAULT_SCRYPT, type ScryptParams } from '../../../../core/crypto/passphrase-seal';
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
import { ROLE_LABELS } from '../../roles';
import { useLiveQuery } from '../../app/use-live-query';
import { passphraseStrength } from '../lock/passphrase-strength';
import '../lock/lock.css';

const FILTERS = [{ name: 'Panelscore backup', extensions: [BACKUP_EXTENSION] }];
type Message = { kind: 'info' | 'error'; text: string } | null;

function describe(error: unknown): string {
  return error instanceof BackupError || error instanceof Error ? error.message : String(error);
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
  const strength = passphraseStrength(passphrase);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setWorking(true);
    try {
      const { fileName, bytes } = await exportWorkspaceBackup(workspaceId, passphrase, {
        params: scryptParams,
      });
      const { saved } = await platform().saveFile(fileName, bytes, FILTERS);
      onDone(
        saved
          ? { kind: 'info', text: `Backup saved as ${fileName}. Keep its passphrase apart from the file.` }
          : null,
      );
    } catch (error) {
      onDone({ kind: 'error', text: `No backup was made: ${describe(error)}` });
    }
  };
  return (
    <form className="lock-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="backup-passphrase">Passphrase for this backup file</label>
        <input
          id="backup-passphrase"
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
        {passphrase.length > 0 && <span className="hint">{strength.hint}</span>}
      </div>
      <div className="field">
        <label htmlFor="backup-passphrase-again">Type it again</label>
        <input
          id="backup-passphrase-again"
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
        />
      </div>
      <button
        type="submit"
        className="button button--primary"
        disabled={working || !strength.acceptable || passphrase !== again}
      >
        {working ? 'Encrypting the backup…' : 'Save the backup file'}
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
      onDone({
        kind: 'info',
        text: `Restored “${backup.workspace.title}” (${ROLE_LABELS[backup.workspace.role]}) from the backup of ${backup.createdAt}.`,
      });
    } catch (failure) {
      onDone({
        kind: 'error',
        text: `Nothing was restored, and the workspace is as it was: ${describe(failure)}`,
      });
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
          {replaces
            ? `“${backup.workspace.title}” (${ROLE_LABELS[backup.workspace.role]}) is already on this computer. Replace it with the backup of ${backup.createdAt}? Anything changed since then is lost.`
            : `Restore “${backup.workspace.title}” (${ROLE_LABELS[backup.workspace.role]}) from the backup of ${backup.createdAt}?`}
        </p>
        <button type="button" className="button button--primary" onClick={() => void restore(backup)}>
          {replaces ? 'Replace it' : 'Restore'}
        </button>{' '}
        <button type="button" className="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <form className="lock-form" onSubmit={(event) => void open(event)}>
      <div className="field">
        <label htmlFor="restore-passphrase">Passphrase of {file.name}</label>
        <input
          id="restore-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </div>
      <button type="submit" className="button button--primary" disabled={working || passphrase.length === 0}>
        {working ? 'Opening…' : 'Open the backup'}
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
  const done = (next: Message) => {
    setBackingUp(null);
    setRestoring(null);
    setMessage(next);
  };
  const pick = async () => {
    const [file] = await platform().openFiles({
      title: 'Choose a Panelscore backup',
      filters: FILTERS,
      multiple: false,
    });
    if (file) setRestoring(file);
  };
  return (
    <section className="section" aria-labelledby="backup-title">
      <h2 id="backup-title" className="section__title">
        Backups
      </h2>
      {workspaces.status === 'ready' && workspaces.value.length > 0 && (
        <ul className="backup-list">
          {workspaces.value.map((workspace) => (
            <li key={workspace.id}>
              <span>
                {workspace.title} · {ROLE_LABELS[workspace.role]}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => setBackingUp(workspace.id)}
                aria-label={`Back up ${workspace.title} (${ROLE_LABELS[workspace.role]})`}
              >
                Back up…
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
          Restore from a backup file…
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
