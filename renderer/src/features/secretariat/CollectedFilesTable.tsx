// The collected files, one row each: what the merge made of it (accepted, superseded, or
// rejected and why), whose sheet it claims to be, its revision and signing key.

import { useState } from 'react';
import type { Exercise, PanelMember } from '../../../../core/types';
import type { TrustRecord } from '../../db';
import { confirmMemberKey, removeCollectedSheet } from '../../db/secretariat-sheets';
import { type CollectedFile, type FileStatus, canConfirmKey } from './collection-merge';

const STATUS_LABELS: Record<FileStatus, string> = {
  accepted: 'Accepted',
  superseded: 'Superseded',
  rejected: 'Rejected',
};

const STATUS_NOTES: Record<Exclude<FileStatus, 'rejected'>, string> = {
  accepted: 'In the merge.',
  superseded: 'A newer revision from this member is in the merge.',
};

interface Props {
  workspaceId: string;
  exercise: Exercise;
  files: CollectedFile[];
  confirmed: TrustRecord[];
  onError: (message: string) => void;
}

/** Every collected file with its status, reason, member, revision and fingerprint. */
export function CollectedFilesTable({ workspaceId, exercise, files, confirmed, onError }: Props) {
  const members = new Map(exercise.panel.map((m) => [m.id, m]));
  return (
    <div className="table-scroll">
      <table className="table sheet-files">
        <caption className="visually-hidden">Collected score-sheet files</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Status</th>
            <th scope="col">Member</th>
            <th scope="col">Revision</th>
            <th scope="col">Key fingerprint</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
function keyNote(file: CollectedFile): string {
  if (file.status === 'rejected' && !file.soundAlone) return 'named in the file; not trusted';
  return file.pinned ? 'pinned' : 'not pinned';
}

function FileRow({ file, member, confirmable, workspaceId, onError }: RowProps) {
  const [confirming, setConfirming] = useState(false);
  const act = (action: Promise<unknown>, what: string) =>
    void action.catch((error: unknown) => onError(`${what} failed: ${error instanceof Error ? error.message : String(error)}. Try again.`));
  return (
    <tr className={`sheet-file sheet-file--${file.status}`}>
      <th scope="row" className="sheet-file__name">
        {file.fileName}
      </th>
      <td>
        <span className={`status status--${file.status}`}>{STATUS_LABELS[file.status]}</span>
        {file.status === 'rejected' ? (
          <ul className="sheet-file__reasons">
            {file.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : (
          <div className="hint">{STATUS_NOTES[file.status]}</div>
        )}
      </td>
      <td>
        {member ? member.name : (file.memberId ?? <span className="muted">unknown</span>)}
        {member && <div className="hint">{member.id}</div>}
      </td>
      <td>{file.revision ?? '—'}</td>
      <td>
        {file.fingerprint === null ? (
          '—'
        ) : (
          <>
            <code className="fingerprint">{file.fingerprint}</code>
            <div className="hint">{keyNote(file)}</div>
          </>
        )}
      </td>
      <td className="sheet-file__actions">
        {confirmable && !confirming && (
          <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
            Confirm fingerprint
          </button>
        )}
        {confirmable && confirming && file.memberId !== null && file.publicKey !== null && (
          <div className="confirm-key" role="group" aria-label={`Confirm the key of ${member?.name ?? file.memberId}`}>
            <p>
              Ask {member?.name ?? file.memberId} to read aloud the fingerprint their app shows. Does it read{' '}
              <code className="fingerprint">{file.fingerprint}</code>?
            </p>
            <button
              type="button"
              className="button button--small button--primary"
              onClick={() => act(confirmMemberKey(workspaceId, file.memberId!, file.publicKey!).then(() => setConfirming(false)), 'Recording the confirmed key')}
            >
              It matches: trust this key
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        )}
        <button
          type="button"
          className="link-button"
          aria-label={`Remove ${file.fileName}`}
          onClick={() => act(removeCollectedSheet(workspaceId, file.fileHash), `Removing ${file.fileName}`)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
