// First use of a member workspace: the member says which panel entry they are. Their key
// is made (or found) here, and checked against any key the package pins for that entry.

import { type FormEvent, useEffect, useId, useState } from 'react';
import { base64UrlEncode } from '../../../../core/encoding';
import type { Exercise } from '../../../../core/types';
import { setMemberIdentity } from '../../db';
import { platform } from '../../platform';
import { describeError } from '../../app/use-live-query';

interface Props {
  workspaceId: string;
  exercise: Exercise;
}

type KeyState = { status: 'loading' } | { status: 'ready'; publicKey: string; fingerprint: string } | { status: 'failed'; message: string };

/** "Who are you on this panel?" */
export function IdentityChooser({ workspaceId, exercise }: Props) {
  const [key, setKey] = useState<KeyState>({ status: 'loading' });
  const [memberId, setMemberId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    let live = true;
    platform()
      .getSigner('member', workspaceId)
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
      setProblem(`Your choice could not be saved: ${describeError(error)}`);
    }
  };

  return (
    <section className="identity" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} className="page__title">
        Who are you on this panel?
      </h1>
      <p className="page__lead">
        Your score sheet is signed in the name of one panel member. Choose yourself; the secretariat checks the signature against your
        key.
      </p>
      {key.status === 'failed' && (
        <p className="alert alert--error" role="alert">
          Your signing key could not be made or read on this computer: {key.message}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)}>
        <fieldset className="identity__choices">
          <legend>Panel members of “{exercise.title}”</legend>
          {exercise.panel.map((member) => (
            <label key={member.id} className={`choice${member.id === memberId ? ' choice--checked' : ''}`}>
              <input type="radio" name={`${id}-member`} value={member.id} checked={member.id === memberId} onChange={() => setMemberId(member.id)} />
              <span className="choice__name">{member.name}</span>
              <span className="choice__meta">
                {member.affiliation ?? 'No affiliation given'} · {member.role === 'chair' ? 'Chair' : 'Member'}
              </span>
            </label>
          ))}
        </fieldset>
        {pinnedElsewhere && (
          <p className="alert alert--error" role="alert">
            The package pins a different key for {chosen.name} than the one on this computer ({key.status === 'ready' ? key.fingerprint : ''}).
            Score sheets you sign here will be rejected for {chosen.name} unless the secretariat confirms this key. Check that you chose
            yourself; if you did, read your key fingerprint to the secretariat.
          </p>
        )}
        {problem && (
          <p className="alert alert--error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={key.status !== 'ready' || !chosen}>
          {chosen ? `I am ${chosen.name}` : 'Choose yourself above'}
        </button>
      </form>
    </section>
  );
}
