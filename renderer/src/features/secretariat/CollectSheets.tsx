// Collecting score sheets: pick or drop many files (or a folder) at once; each is stored as
// received and the merge runs again, so the list below always says what became of every file.

import { type DragEvent, useState } from 'react';
import { countOf } from '../../app/format';
import type { ExerciseRecord, TrustRecord } from '../../db';
import { type IncomingFile, collectSheets, withdrawMemberKey } from '../../db/secretariat-sheets';
import { platform } from '../../platform';
import { CollectedFilesTable } from './CollectedFilesTable';
import { CompletenessMatrix } from './CompletenessMatrix';
import { droppedFiles } from './dropped-files';
import type { LiveMerge } from './use-collection-merge';

const SHEET_FILTERS = [{ name: 'Score sheets', extensions: ['json'] }];

type Notice = { kind: 'status' | 'error'; text: string } | null;

function importedText(added: number, already: number): string {
  const parts = [added === 0 ? 'No new file' : `${countOf(added, 'file')} added`];
  if (already > 0) parts.push(`${countOf(already, 'file was', 'files were')} already collected (identical content is kept once)`);
  return `${parts.join('; ')}.`;
}

/** The collect step: import, the files with their fate, confirmed keys and the completeness matrix. */
export function CollectSheets({ record, live }: { record: ExerciseRecord; live: LiveMerge }) {
  const { workspaceId, exercise } = record;
  const [notice, setNotice] = useState<Notice>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const onError = (text: string) => setNotice({ kind: 'error', text });

  async function store(files: IncomingFile[]) {
    if (files.length === 0) return;
    setBusy(true);
    try {
      const { added, alreadyCollected } = await collectSheets(workspaceId, files);
      setNotice({ kind: 'status', text: importedText(added, alreadyCollected) });
    } catch (error) {
      onError(`The files could not be stored on this computer: ${error instanceof Error ? error.message : String(error)}. Nothing was added; try again.`);
    } finally {
      setBusy(false);
    }
  }

  const choose = () =>
    void platform()
      .openFiles({ title: 'Choose score sheets', filters: SHEET_FILTERS, multiple: true })
      .then(store, (error: unknown) => onError(`The files could not be opened: ${error instanceof Error ? error.message : String(error)}.`));

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(store, (error: unknown) =>
      onError(`The dropped files could not be read: ${error instanceof Error ? error.message : String(error)}. Try choosing them instead.`),
    );
  };
  const onDragOver = (event: DragEvent) => {
    if (![...event.dataTransfer.types].includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const files = live.status === 'ready' ? live.merge.files : [];
  return (
    <section className="collect" aria-labelledby="collect-title" onDragOver={onDragOver} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <h2 id="collect-title" className="section__title">
        Collect score sheets
      </h2>
      <div className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}>
        <p>
          Drop the members’ <code>.scores.json</code> files here, or a whole folder of them. Every file is checked against this
          exercise and its panel’s keys; nothing rejected reaches the merge.
        </p>
        <button type="button" className="button button--primary" onClick={choose} disabled={busy}>
          Choose score sheets…
        </button>
      </div>
      {notice && (
        <p className={notice.kind === 'error' ? 'alert alert--error' : 'alert alert--info'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {live.status === 'loading' && <p role="status">Reading the collected sheets…</p>}
      {live.status === 'error' && (
        <p className="alert alert--error" role="alert">
          {live.message}
        </p>
      )}
      {files.length > 0 && live.status === 'ready' && (
        <CollectedFilesTable workspaceId={workspaceId} exercise={exercise} files={files} confirmed={live.confirmed} onError={onError} />
      )}
      {live.status !== 'loading' && <ConfirmedKeys workspaceId={workspaceId} confirmed={live.confirmed} onError={onError} />}
      {live.status === 'ready' && <CompletenessMatrix exercise={exercise} decision={live.merge.decision} />}
    </section>
  );
}

function ConfirmedKeys({ workspaceId, confirmed, onError }: { workspaceId: string; confirmed: TrustRecord[]; onError: (m: string) => void }) {
  if (confirmed.length === 0) return null;
  return (
    <div className="confirmed-keys">
      <h3>Keys you confirmed with the members</h3>
      <ul>
        {confirmed.map((t) => (
          <li key={t.memberId}>
            {t.memberId}: <code className="fingerprint">{t.fingerprint}</code>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void withdrawMemberKey(workspaceId, t.memberId).catch(() => onError(`Withdrawing the key of ${t.memberId} failed: try again.`))}
            >
              Withdraw
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
