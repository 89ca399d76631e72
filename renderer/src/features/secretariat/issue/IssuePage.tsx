// The page before signing: what the members will receive, the secretariat's fingerprint to
// read out, and (on a re-issue) what changed since the last package.

import { useEffect, useState } from 'react';
import { fingerprint } from '../../../../../core/crypto/ed25519';
import { base64UrlEncode } from '../../../../../core/encoding';
import { describeScale } from '../../../../../core/formats/scale';
import type { Exercise } from '../../../../../core/types';
import { Trans } from 'react-i18next';
import { formatNumber } from '../../../app/format';
import { useT } from '../../../i18n';
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
  const t = useT();
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
      else setProblem(t('secretariat.issue.notSaved'));
    } catch (error) {
      setProblem(t('secretariat.issue.failed', { message: describeError(error) }));
    } finally {
      setIssuing(false);
    }
  };
  return (
    <div className="issue">
      <h1 className="page__title">{t('secretariat.issue.title', { title: exercise.title })}</h1>
      <p className="page__lead">{t('secretariat.issue.lead')}</p>
      <section className="issue__identity" aria-labelledby="issue-identity">
        <h2 id="issue-identity">{t('secretariat.issue.keyTitle')}</h2>
        {identity.status === 'ready' ? (
          <p>
            <Trans
              i18nKey="secretariat.issue.key"
              values={{ fingerprint: identity.identity.fingerprint }}
              components={{ code: <code className="fingerprint" /> }}
            />
          </p>
        ) : (
          <p role={identity.status === 'error' ? 'alert' : 'status'} className={identity.status === 'error' ? 'alert alert--error' : undefined}>
            {identity.status === 'error' ? t('secretariat.issue.keyFailed', { message: identity.message }) : t('secretariat.issue.keyOpening')}
          </p>
        )}
      </section>
      {clash && (
        <p className="alert alert--warning" role="alert">
          {t('secretariat.issue.clash', { id: clash.exerciseId, title: clash.title })}
        </p>
      )}
      {before && (
        <section aria-labelledby="issue-changes">
          <h2 id="issue-changes">{t('secretariat.issue.changes')}</h2>
          {changes.length === 0 ? (
            <p>{t('secretariat.issue.noChange')}</p>
          ) : (
            <ul className="issue__changes">
              {changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ul className="summary-tiles" aria-label={t('secretariat.issue.holds')}>
        <li>{t('secretariat.count.competencies', { count: exercise.criteria.length })}</li>
        <li>{t('secretariat.count.candidates', { count: exercise.candidates.length })}</li>
        <li>{t('secretariat.issue.documents', { count: documents.size, size: Math.max(documents.size > 0 ? 1 : 0, Math.round(documentBytes / 1024)) })}</li>
        <li>{t('secretariat.count.members', { count: exercise.panel.length })}</li>
      </ul>
      <p>
        {t('secretariat.issue.scale', { scale: describeScale(exercise.scale), threshold: exercise.divergenceThreshold ?? 2 })}
      </p>
      <div className="issue__columns">
        <section aria-labelledby="issue-criteria">
          <h2 id="issue-criteria">{t('secretariat.issue.competencies')}</h2>
          <ol>
            {exercise.criteria.map((c, i) => (
              <li key={c.id}>
                {c.name}{' '}
                <span className="hint">
                  {shares[i] === null
                    ? t('secretariat.issue.criterion', { kind: t(`app.exercise.kinds.${c.kind}`), weight: draft.criteria[i]?.weight })
                    : t('secretariat.issue.criterionShare', {
                        kind: t(`app.exercise.kinds.${c.kind}`),
                        weight: draft.criteria[i]?.weight,
                        share: formatNumber((shares[i] ?? 0) / 100, { style: 'percent', maximumFractionDigits: 1 }),
                      })}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="issue-candidates">
          <h2 id="issue-candidates">{t('member.candidates.title')}</h2>
          <ol>
            {exercise.candidates.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.documents && c.documents.length > 0 && <span className="hint"> — {c.documents.map((d) => d.path.split('/').pop()).join(', ')}</span>}
              </li>
            ))}
          </ol>
          {draft.candidates.length > exercise.candidates.length && (
            <p className="hint">{t('secretariat.issue.notShortlisted', { count: draft.candidates.length - exercise.candidates.length })}</p>
          )}
        </section>
        <section aria-labelledby="issue-panel">
          <h2 id="issue-panel">{t('secretariat.issue.panel')}</h2>
          <ul>
            {exercise.panel.map((m) => (
              <li key={m.id}>
                {m.name}
                {m.affiliation ? `, ${m.affiliation}` : ''}
                {m.role === 'chair' ? ` ${t('secretariat.issue.chair')}` : ''} —{' '}
                {m.publicKey ? (
                  <>
                    {t('secretariat.issue.pinned')} <code className="fingerprint">{fingerprint(m.publicKey)}</code>
                  </>
                ) : (
                  <span className="hint">{t('secretariat.issue.notPinned')}</span>
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
          {issuing ? t('member.export.signing') : t('secretariat.issue.sign', { file: `${exercise.exerciseId}.panelpkg` })}
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('secretariat.issue.back')}
        </button>
      </div>
    </div>
  );
}
