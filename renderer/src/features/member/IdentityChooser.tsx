// First use of a member workspace: the member says which panel entry they are. Their key
// is made (or found) here, and checked against any key the package pins for that entry.

import { type FormEvent, useEffect, useId, useState } from 'react';
import { base64UrlEncode } from '../../../../core/encoding';
import type { Exercise } from '../../../../core/types';
import { getWorkspace, setMemberIdentity } from '../../db';
import { platform } from '../../platform';
import { describeError } from '../../app/use-live-query';
import { useT } from '../../i18n';

interface Props {
  workspaceId: string;
  exercise: Exercise;
}

type KeyState = { status: 'loading' } | { status: 'ready'; publicKey: string; fingerprint: string } | { status: 'failed'; message: string };

/** "Who are you on this panel?" */
export function IdentityChooser({ workspaceId, exercise }: Props) {
  const t = useT();
  const [key, setKey] = useState<KeyState>({ status: 'loading' });
  const [memberId, setMemberId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    let live = true;
    // No key for a workspace that is gone: while "close this exercise" deletes it, this chooser can
    // appear for a moment (the identity row goes with the rest), and must not make a new key then.
    getWorkspace(workspaceId)
      .then((workspace) => {
        if (workspace === undefined) throw new Error('This exercise is no longer on this computer.');
        return platform().getSigner('member', workspaceId);
      })
      .then(
        ({ signer, fingerprint }) => live && setKey({ status: 'ready', publicKey: base64UrlEncode(signer.publicKey), fingerprint }),
        (error: unknown) => live && setKey({ status: 'failed', message: describeError(error) }),
      );
    return () => {
      live = false;
    };
  }, [workspaceId]);

  const chosen = exercise.panel.find((m) => m.id === memberId);
  const pinnedElsewhere = key.status === 'ready' && chosen?.publicKey !== undefined && chosen.publicKey !== key.publicKey;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (key.status !== 'ready' || !chosen) return;
    setProblem(null);
    try {
      await setMemberIdentity({ workspaceId, memberId: chosen.id, publicKey: key.publicKey, fingerprint: key.fingerprint, chosenAt: new Date().toISOString() });
    } catch (error) {
      setProblem(t('member.identity.saveFailed', { message: describeError(error) }));
    }
  };

  return (
    <section className="identity" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} className="page__title">
        {t('member.identity.title')}
      </h1>
      <p className="page__lead">{t('member.identity.lead')}</p>
      {key.status === 'failed' && (
        <p className="alert alert--error" role="alert">
          {t('member.identity.keyFailed', { message: key.message })}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <fieldset className="identity__choices">
          <legend>{t('member.identity.legend', { title: exercise.title })}</legend>
          {exercise.panel.map((member) => (
            <label key={member.id} className={`choice${member.id === memberId ? ' choice--checked' : ''}`}>
              <input type="radio" name={`${id}-member`} value={member.id} checked={member.id === memberId} onChange={() => setMemberId(member.id)} />
              <span className="choice__name">{member.name}</span>
              <span className="choice__meta">
                {member.affiliation ?? t('member.identity.noAffiliation')} · {member.role === 'chair' ? t('member.identity.chair') : t('member.identity.member')}
              </span>
            </label>
          ))}
        </fieldset>
        {pinnedElsewhere && (
          <p className="alert alert--error" role="alert">
            {t('member.identity.pinnedElsewhere', { name: chosen.name, fingerprint: key.status === 'ready' ? key.fingerprint : '' })}
          </p>
        )}
        {problem && (
          <p className="alert alert--error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={key.status !== 'ready' || !chosen}>
          {chosen ? t('member.identity.iAm', { name: chosen.name }) : t('member.identity.chooseAbove')}
        </button>
      </form>
    </section>
  );
}
