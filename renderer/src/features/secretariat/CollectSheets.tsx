// Collecting score sheets: pick or drop many files (or a folder) at once; each is stored as
// received and the merge runs again, so the list below always says what became of every file.

import { type DragEvent, useState } from 'react';
import { Trans } from 'react-i18next';
import { type TFunction, useT } from '../../i18n';
import type { ExerciseRecord, TrustRecord } from '../../db';
import { type IncomingFile, collectSheets, withdrawMemberKey } from '../../db/secretariat-sheets';
import { platform } from '../../platform';
import { EmptyState } from '../first-run/EmptyState';
import { CollectedFilesTable } from './CollectedFilesTable';
import { CompletenessMatrix } from './CompletenessMatrix';
import { droppedFiles } from './dropped-files';
import type { LiveMerge } from './use-collection-merge';

type Notice = { kind: 'status' | 'error'; text: string } | null;

function importedText(t: TFunction, added: number, already: number): string {
  const addedText = added === 0 ? t('secretariat.collect.noneAdded') : t('secretariat.collect.added', { count: added });
  return already > 0 ? t('secretariat.collect.addedAndAlready', { added: addedText, already: t('secretariat.collect.already', { count: already }) }) : t('secretariat.collect.addedOnly', { added: addedText });
}

/** The collect step: import, the files with their fate, confirmed keys and the completeness matrix. */
export function CollectSheets({ record, live }: { record: ExerciseRecord; live: LiveMerge }) {
  const t = useT();
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
      setNotice({ kind: 'status', text: importedText(t, added, alreadyCollected) });
    } catch (error) {
      onError(t('secretariat.collect.storeFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  }

  const choose = () =>
    void platform()
      .openFiles({ title: t('secretariat.collect.chooseTitle'), filters: [{ name: t('secretariat.tabs.sheets'), extensions: ['json'] }], multiple: true })
      .then(store, (error: unknown) => onError(t('secretariat.collect.openFailed', { message: error instanceof Error ? error.message : String(error) })));

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void droppedFiles(event.dataTransfer).then(store, (error: unknown) =>
      onError(t('secretariat.collect.dropFailed', { message: error instanceof Error ? error.message : String(error) })),
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
        {t('secretariat.collect.title')}
      </h2>
      <div className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}>
        <p>
          <Trans i18nKey="secretariat.collect.drop" components={{ code: <code /> }} />
        </p>
        <button type="button" className="button button--primary" onClick={choose} disabled={busy}>
          {t('secretariat.collect.choose')}
        </button>
      </div>
      {notice && (
        <p className={notice.kind === 'error' ? 'alert alert--error' : 'alert alert--info'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {live.status === 'loading' && <p role="status">{t('secretariat.collect.reading')}</p>}
      {live.status === 'error' && (
        <p className="alert alert--error" role="alert">
          {live.message}
        </p>
      )}
      {files.length === 0 && live.status === 'ready' && (
        <EmptyState title={t('secretariat.collect.emptyTitle')}>
          <p>
            <Trans i18nKey="secretariat.collect.empty" components={{ code: <code /> }} />
          </p>
        </EmptyState>
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
  const t = useT();
  if (confirmed.length === 0) return null;
  return (
    <div className="confirmed-keys">
      <h3>{t('secretariat.collect.confirmedTitle')}</h3>
      <ul>
        {confirmed.map((trust) => (
          <li key={trust.memberId}>
            {trust.memberId}: <code className="fingerprint">{trust.fingerprint}</code>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => void withdrawMemberKey(workspaceId, trust.memberId).catch(() => onError(t('secretariat.collect.withdrawFailed', { member: trust.memberId })))}
            >
              {t('secretariat.collect.withdraw')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
