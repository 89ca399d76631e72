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

interface Props {
  workspaceId: string;
  exercise: Exercise;
  exerciseHash: HashString;
  identity: MemberIdentityRecord;
  work: MemberWork;
}

const SHEET_FILTERS = [{ name: 'Score sheet', extensions: ['json'] }];

function sheetSays(p: CandidateProgress): string {
  switch (p.status) {
    case 'recused':
      return `Recused: “${p.recusalReason ?? ''}”`;
    case 'complete':
      return `All ${p.total} scores`;
    case 'in-progress':
      return p.rated === 0 ? 'A comment or notes, no scores' : `${p.rated} of ${p.total} scores (incomplete)`;
    case 'not-started':
      return 'Not on the sheet (nothing scored)';
  }
}

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** The review and export screen. */
export function ExportScreen({ workspaceId, exercise, exerciseHash, identity, work }: Props) {
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
          `this computer now signs with a different key than the one you chose at first (${identity.fingerprint}). Tell the secretariat before you send anything.`,
        );
      }
      const file = await signSheet(unsigned, signer);
      const result = await platform().saveFile(file.fileName, file.bytes, SHEET_FILTERS);
      if (!result.saved) {
        setOutcome({ kind: 'idle' });
        return;
      }
      const exportedAt = new Date().toISOString();
      await recordExportedSheet({ workspaceId, revision, sheetHash: file.sheetHash, bytes: file.bytes, exportedAt, fileName: file.fileName, contentHash: hash });
      setOutcome({ kind: 'done', text: `Revision ${revision} is signed and saved as ${file.fileName}. Send that file to the secretariat.` });
    } catch (error) {
      setOutcome({ kind: 'failed', text: `The score sheet was not exported: ${describeError(error)}` });
    }
  };

  return (
    <section className="export" aria-labelledby="export-title">
      <h1 id="export-title" className="page__title">
        Export your score sheet
      </h1>
      <p className="page__lead">
        What you sign below goes to the secretariat as it is. You can export again after any change: the new file takes the next
        revision number and replaces the older one in the merge.
      </p>
      <ul className="summary-tiles" aria-label="What the sheet holds">
        <li>{count('complete')} complete</li>
        <li>{incomplete} incomplete</li>
        <li>{count('recused')} recused</li>
      </ul>
      <table className="table">
        <caption className="visually-hidden">What the sheet says about each candidate</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Status</th>
            <th scope="col">On the sheet</th>
          </tr>
        </thead>
        <tbody>
          {exercise.candidates.map((candidate) => {
            const p = progress.find((x) => x.candidateId === candidate.id);
            return p ? (
              <tr key={candidate.id}>
                <th scope="row">{candidate.name}</th>
                <td>
                  <span className={`status status--${p.status}`}>{p.status === 'in-progress' || p.status === 'not-started' ? 'Incomplete' : p.status === 'complete' ? 'Complete' : 'Recused'}</span>
                </td>
                <td>{sheetSays(p)}</td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
      {orphanNotes > 0 && (
        <p className="alert" role="note">
          {orphanNotes === 1 ? 'One competency has' : `${orphanNotes} competencies have`} evidence notes but no score. Notes travel only
          with a score, so they are not on the sheet.
        </p>
      )}
      <p>
        Signed as <strong>{exercise.panel.find((m) => m.id === identity.memberId)?.name ?? identity.memberId}</strong> with key{' '}
        <code className="fingerprint">{identity.fingerprint}</code>.
      </p>
      {unchanged && latest ? (
        <p className="hint">Nothing has changed since revision {latest.revision}: you can save that file again from the list below.</p>
      ) : (
        <button type="button" className="button button--primary" disabled={outcome.kind === 'busy' || exported.status !== 'ready'} onClick={() => void signAndSave()}>
          {outcome.kind === 'busy' ? 'Signing…' : `Sign and save revision ${(latest?.revision ?? 0) + 1}`}
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
