// The page before signing: what the members will receive, the secretariat's fingerprint to
// read out, and (on a re-issue) what changed since the last package.

import { useEffect, useState } from 'react';
import { fingerprint } from '../../../../../core/crypto/ed25519';
import { base64UrlEncode } from '../../../../../core/encoding';
import { describeScale } from '../../../../../core/formats/scale';
import type { Exercise } from '../../../../../core/types';
import { countOf } from '../../../app/format';
import { describeError } from '../../../app/use-live-query';
import { getExercise } from '../../../db';
import { platform, type WorkspaceSigner } from '../../../platform';
import { workspaceIdOf } from '../../../roles';
import { type ExerciseDraft, toPackageDraft, weightShares } from '../editor/draft';
import { describeChanges } from './changes';
import { type IssueResult, issuePackage } from './issue-package';

interface Props {
  draft: ExerciseDraft;
  slot: string;
  /** The exercise as last issued, when this is a re-issue. */
  previous: Exercise | undefined;
  onBack: () => void;
  onIssued: (result: IssueResult) => void;
}

type Identity = { status: 'loading' } | { status: 'ready'; identity: WorkspaceSigner } | { status: 'error'; message: string };

/** Summary, changes and the "Sign and save" button. */
export function IssuePage({ draft, slot, previous, onBack, onIssued }: Props) {
  const [identity, setIdentity] = useState<Identity>({ status: 'loading' });
  const [issuing, setIssuing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // A new exercise whose id this computer already issued would replace that one for the members.
  const [clash, setClash] = useState<Exercise | undefined>(undefined);
  useEffect(() => {
    if (previous) return undefined;
    let live = true;
    void getExercise(workspaceIdOf('secretariat', draft.exerciseId)).then((found) => live && setClash(found?.exercise));
    return () => {
      live = false;
    };
  }, [previous, draft.exerciseId]);
  const before = previous ?? clash;
  useEffect(() => {
    let live = true;
    platform()
      .getSigner('secretariat', workspaceIdOf('secretariat', draft.exerciseId))
      .then((found) => live && setIdentity({ status: 'ready', identity: found }))
      .catch((error: unknown) => live && setIdentity({ status: 'error', message: describeError(error) }));
    return () => {
      live = false;
    };
  }, [draft.exerciseId]);

  const key = identity.status === 'ready' ? base64UrlEncode(identity.identity.signer.publicKey) : '';
  const { exercise, documents } = toPackageDraft(draft, key, '');
  const changes = before ? describeChanges(before, exercise) : [];
  const shares = weightShares(draft.criteria);
  const documentBytes = [...documents.values()].reduce((sum, b) => sum + b.length, 0);
  const issue = async () => {
    if (identity.status !== 'ready') return;
    setIssuing(true);
    setProblem(null);
    try {
      const result = await issuePackage(draft, identity.identity, slot);
      if (result.saved) onIssued(result);
      else setProblem('The package was not saved (the save dialog was closed). Nothing was issued.');
    } catch (error) {
      setProblem(`The package could not be issued: ${describeError(error)}`);
    } finally {
      setIssuing(false);
    }
  };
  return (
    <div className="issue">
      <h1 className="page__title">Issue “{exercise.title}”</h1>
      <p className="page__lead">This is what every panel member will receive. Check it, then sign the package and send the file to each member.</p>
      <section className="issue__identity" aria-labelledby="issue-identity">
        <h2 id="issue-identity">Your secretariat key</h2>
        {identity.status === 'ready' ? (
          <p>
            The package is signed with the key <code className="fingerprint">{identity.identity.fingerprint}</code>. Members see this fingerprint when they
            import the package: read it out to them, or send it by another channel, so they can confirm it comes from you.
          </p>
        ) : (
          <p role={identity.status === 'error' ? 'alert' : 'status'} className={identity.status === 'error' ? 'alert alert--error' : undefined}>
            {identity.status === 'error' ? `The signing key could not be opened: ${identity.message}` : 'Opening the signing key…'}
          </p>
        )}
      </section>
      {clash && (
        <p className="alert alert--warning" role="alert">
          This computer already issued an exercise with the id “{clash.exerciseId}” (“{clash.title}”). This package would replace it for the members. For
          a different exercise, go back and choose another exercise id.
        </p>
      )}
      {before && (
        <section aria-labelledby="issue-changes">
          <h2 id="issue-changes">Changes since the package issued before</h2>
          {changes.length === 0 ? (
            <p>Nothing has changed: the new package would only carry a new issue time.</p>
          ) : (
            <ul className="issue__changes">
              {changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ul className="summary-tiles" aria-label="What the package holds">
        <li>{countOf(exercise.criteria.length, 'competency', 'competencies')}</li>
        <li>{countOf(exercise.candidates.length, 'candidate')}</li>
        <li>
          {countOf(documents.size, 'document')} ({Math.max(documents.size > 0 ? 1 : 0, Math.round(documentBytes / 1024))} KB)
        </li>
        <li>{countOf(exercise.panel.length, 'panel member')}</li>
      </ul>
      <p>
        Scale: {describeScale(exercise.scale)}. Divergence threshold: {exercise.divergenceThreshold ?? 2} points.
      </p>
      <div className="issue__columns">
        <section aria-labelledby="issue-criteria">
          <h2 id="issue-criteria">Competencies</h2>
          <ol>
            {exercise.criteria.map((c, i) => (
              <li key={c.id}>
                {c.name} <span className="hint">({c.kind}, weight {draft.criteria[i]?.weight}{shares[i] === null ? '' : `, ${Math.round((shares[i] ?? 0) * 10) / 10} %`})</span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="issue-candidates">
          <h2 id="issue-candidates">Candidates</h2>
          <ol>
            {exercise.candidates.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.documents && c.documents.length > 0 && <span className="hint"> — {c.documents.map((d) => d.path.split('/').pop()).join(', ')}</span>}
              </li>
            ))}
          </ol>
          {draft.candidates.length > exercise.candidates.length && (
            <p className="hint">{countOf(draft.candidates.length - exercise.candidates.length, 'candidate')} not on the shortlist will not be sent.</p>
          )}
        </section>
        <section aria-labelledby="issue-panel">
          <h2 id="issue-panel">Panel</h2>
          <ul>
            {exercise.panel.map((m) => (
              <li key={m.id}>
                {m.name}
                {m.affiliation ? `, ${m.affiliation}` : ''}
                {m.role === 'chair' ? ' (chair)' : ''} —{' '}
                {m.publicKey ? (
                  <>
                    key pinned <code className="fingerprint">{fingerprint(m.publicKey)}</code>
                  </>
                ) : (
                  <span className="hint">no key pinned: confirm the fingerprint on their first score sheet</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
      {problem && (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      )}
      <div className="editor__actions">
        <button type="button" className="button button--primary" disabled={identity.status !== 'ready' || issuing} onClick={() => void issue()}>
          {issuing ? 'Signing…' : `Sign and save ${exercise.exerciseId}.panelpkg`}
        </button>
        <button type="button" className="button" onClick={onBack}>
          Back to editing
        </button>
      </div>
    </div>
  );
}
