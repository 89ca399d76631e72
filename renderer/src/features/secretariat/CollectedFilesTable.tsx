// The collected files, one row each: what the merge made of it (accepted, superseded, or
// rejected and why), whose sheet it claims to be, its revision and signing key.

import { useState } from 'react';
import type { Exercise, PanelMember } from '../../../../core/types';
import type { TrustRecord } from '../../db';
import { confirmMemberKey, removeCollectedSheet } from '../../db/secretariat-sheets';
import { type CollectedFile, canConfirmKey } from './collection-merge';
import { Trans } from 'react-i18next';
import { type TFunction, useT } from '../../i18n';
import './secretariat.css';

interface Props {
  workspaceId: string;
  exercise: Exercise;
  files: CollectedFile[];
  confirmed: TrustRecord[];
  onError: (message: string) => void;
}

/** Every collected file with its status, reason, member, revision and fingerprint. */
export function CollectedFilesTable({ workspaceId, exercise, files, confirmed, onError }: Props) {
  const t = useT();
  const members = new Map(exercise.panel.map((m) => [m.id, m]));
  return (
    <div className="table-scroll">
      <table className="table sheet-files">
        <caption className="visually-hidden">{t('secretariat.files.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('secretariat.files.file')}</th>
            <th scope="col">{t('member.candidates.status')}</th>
            <th scope="col">{t('app.exercise.member')}</th>
            <th scope="col">{t('member.exported.revision')}</th>
            <th scope="col">{t('app.exercise.fingerprint')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('member.exported.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {files.map((file) => (
            <FileRow
              key={file.fileHash}
              file={file}
              member={file.memberId === null ? undefined : members.get(file.memberId)}
              confirmable={canConfirmKey(file, exercise, confirmed)}
              workspaceId={workspaceId}
              onError={onError}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  file: CollectedFile;
  member: PanelMember | undefined;
  confirmable: boolean;
  workspaceId: string;
  onError: (message: string) => void;
}

/** Whether the file's key is the member's pinned one; for a file refused on its own, only the key it claims. */
function keyNote(t: TFunction, file: CollectedFile): string {
  if (file.status === 'rejected' && !file.soundAlone) return t('secretariat.files.keyNamed');
  return file.pinned ? t('secretariat.files.pinned') : t('secretariat.files.notPinned');
}

function FileRow({ file, member, confirmable, workspaceId, onError }: RowProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const act = (action: Promise<unknown>, what: string) =>
    void action.catch((error: unknown) => onError(t('secretariat.files.actionFailed', { what, message: error instanceof Error ? error.message : String(error) })));
  return (
    <tr className={`sheet-file sheet-file--${file.status}`}>
      <th scope="row" className="sheet-file__name">
        <span className="file-name" title={file.fileName}>
          {file.fileName}
        </span>
      </th>
      <td>
        <span className={`status status--${file.status}`}>{t(`secretariat.files.status.${file.status}`)}</span>
        {file.status === 'rejected' ? (
          <ul className="sheet-file__reasons">
            {file.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : (
          <div className="hint">{t(`secretariat.files.note.${file.status}`)}</div>
        )}
      </td>
      <td>
        {member ? member.name : (file.memberId ?? <span className="muted">{t('secretariat.files.unknown')}</span>)}
        {member && <div className="hint">{member.id}</div>}
      </td>
      <td>{file.revision ?? '—'}</td>
      <td>
        {file.fingerprint === null ? (
          '—'
        ) : (
          <>
            <code className="fingerprint">{file.fingerprint}</code>
            <div className="hint">{keyNote(t, file)}</div>
          </>
        )}
      </td>
      <td className="sheet-file__actions">
        {confirmable && !confirming && (
          <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
            {t('secretariat.files.confirm')}
          </button>
        )}
        {confirmable && confirming && file.memberId !== null && file.publicKey !== null && (
          <div className="confirm-key" role="group" aria-label={t('secretariat.files.confirmGroup', { name: member?.name ?? file.memberId })}>
            <p>
              <Trans
                i18nKey="secretariat.files.ask"
                values={{ name: member?.name ?? file.memberId, fingerprint: file.fingerprint }}
                components={{ code: <code className="fingerprint" /> }}
              />
            </p>
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => act(confirmMemberKey(workspaceId, file.memberId!, file.publicKey!).then(() => setConfirming(false)), t('secretariat.files.recording'))}
            >
              {t('secretariat.files.matches')}
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              {t('member.recusal.cancel')}
            </button>
          </div>
        )}
        <button
          type="button"
          className="link-button"
          aria-label={t('secretariat.files.removeFile', { name: file.fileName })}
          onClick={() => act(removeCollectedSheet(workspaceId, file.fileHash), t('secretariat.files.removing', { name: file.fileName }))}
        >
          {t('secretariat.files.remove')}
        </button>
      </td>
    </tr>
  );
}
