// Export: the member reviews what will be signed (complete, incomplete, recused), then the
// sheet is signed with the workspace key and saved; every exported revision is listed.

import { useCallback, useState } from 'react';
import { base64UrlEncode } from '../../../../core/encoding';
import type { Exercise, HashString } from '../../../../core/types';
import { type MemberIdentityRecord, type MemberWork, listExportedSheets, nextRevision, recordExportedSheet } from '../../db';
import { platform } from '../../platform';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import { buildUnsignedSheet, contentHash, sheetCandidates, signSheet } from './build-sheet';
import { type CandidateProgress, candidateProgress } from './member-progress';
import { ExportedSheetList } from './ExportedSheetList';
import { Trans } from 'react-i18next';
import { type TFunction, useT } from '../../i18n';

interface Props {
  workspaceId: string;
  exercise: Exercise;
  exerciseHash: HashString;
  identity: MemberIdentityRecord;
  work: MemberWork;
}

function sheetSays(t: TFunction, p: CandidateProgress): string {
  switch (p.status) {
    case 'recused':
      return t('member.export.says.recused', { reason: p.recusalReason ?? '' });
    case 'complete':
      return t('member.export.says.complete', { count: p.total });
    case 'in-progress':
      return p.rated === 0 ? t('member.export.says.notesOnly') : t('member.export.says.partial', { rated: p.rated, total: p.total });
    case 'not-started':
      return t('member.export.says.notStarted');
  }
}

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** The review and export screen. */
export function ExportScreen({ workspaceId, exercise, exerciseHash, identity, work }: Props) {
  const t = useT();
  const exported = useLiveQuery(useCallback(() => listExportedSheets(workspaceId), [workspaceId]));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const progress = candidateProgress(exercise, work);
  const candidates = sheetCandidates(exercise, work);
  const hash = contentHash(exerciseHash, identity.memberId, candidates);
  const latest = exported.status === 'ready' ? exported.value[0] : undefined;
  const unchanged = latest?.contentHash === hash;
  const count = (status: CandidateProgress['status']) => progress.filter((p) => p.status === status).length;
  const incomplete = count('in-progress') + count('not-started');
  const orphanNotes = progress.reduce((sum, p) => sum + p.notesWithoutScore, 0);

  const signAndSave = async () => {
    setOutcome({ kind: 'busy' });
    try {
      const revision = await nextRevision(workspaceId);
      const unsigned = buildUnsignedSheet({ exercise, exerciseHash, memberId: identity.memberId, revision, issuedAt: new Date().toISOString(), candidates });
      const { signer } = await platform().getSigner('member', workspaceId);
      if (base64UrlEncode(signer.publicKey) !== identity.publicKey) {
        throw new Error(
          t('member.export.keyChanged', { fingerprint: identity.fingerprint }),
        );
      }
      const file = await signSheet(unsigned, signer);
      const result = await platform().saveFile(file.fileName, file.bytes, [{ name: t('member.exported.fileType'), extensions: ['json'] }]);
      if (!result.saved) {
        setOutcome({ kind: 'idle' });
        return;
      }
      const exportedAt = new Date().toISOString();
      await recordExportedSheet({ workspaceId, revision, sheetHash: file.sheetHash, bytes: file.bytes, exportedAt, fileName: file.fileName, contentHash: hash });
      setOutcome({ kind: 'done', text: t('member.export.done', { revision, name: file.fileName }) });
    } catch (error) {
      setOutcome({ kind: 'failed', text: t('member.export.failed', { message: describeError(error) }) });
    }
  };

  return (
    <section className="export" aria-labelledby="export-title">
      <h1 id="export-title" className="page__title">
        {t('member.export.title')}
      </h1>
      <p className="page__lead">{t('member.export.lead')}</p>
      <ul className="summary-tiles" aria-label={t('member.export.holds')}>
        <li>{t('member.export.tileComplete', { count: count('complete') })}</li>
        <li>{t('member.export.tileIncomplete', { count: incomplete })}</li>
        <li>{t('member.export.tileRecused', { count: count('recused') })}</li>
      </ul>
      <table className="table">
        <caption className="visually-hidden">{t('member.export.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('member.candidates.candidate')}</th>
            <th scope="col">{t('member.candidates.status')}</th>
            <th scope="col">{t('member.export.onSheet')}</th>
          </tr>
        </thead>
        <tbody>
          {exercise.candidates.map((candidate) => {
            const p = progress.find((x) => x.candidateId === candidate.id);
            return p ? (
              <tr key={candidate.id}>
                <th scope="row">{candidate.name}</th>
                <td>
                  <span className={`status status--${p.status}`}>{p.status === 'in-progress' || p.status === 'not-started' ? t('member.export.incomplete') : t(`member.status.${p.status}`)}</span>
                </td>
                <td>{sheetSays(t, p)}</td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
      {orphanNotes > 0 && (
        <p className="alert" role="note">
          {t('member.export.orphanNotes', { count: orphanNotes })}
        </p>
      )}
      <p>
        <Trans
          i18nKey="member.export.signedAs"
          values={{ name: exercise.panel.find((m) => m.id === identity.memberId)?.name ?? identity.memberId }}
          components={{ strong: <strong /> }}
        />{' '}
        <code className="fingerprint">{identity.fingerprint}</code>.
      </p>
      {unchanged && latest ? (
        <p className="hint">{t('member.export.unchanged', { revision: latest.revision })}</p>
      ) : (
        <button type="button" className="button button--primary" disabled={outcome.kind === 'busy' || exported.status !== 'ready'} onClick={() => void signAndSave()}>
          {outcome.kind === 'busy' ? t('member.export.signing') : t('member.export.sign', { revision: (latest?.revision ?? 0) + 1 })}
        </button>
      )}
      {outcome.kind === 'done' && (
        <p className="alert alert--success" role="status">
          {outcome.text}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <p className="alert alert--error" role="alert">
          {outcome.text}
        </p>
      )}
      {exported.status === 'ready' && <ExportedSheetList sheets={exported.value} />}
    </section>
  );
}
