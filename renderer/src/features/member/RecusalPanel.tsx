// Conflict of interest: a member declares a recusal with its reason, and the candidate then
// takes no scores from them; the score sheet carries the recusal and the reason.

import { type FormEvent, useId, useState } from 'react';

interface Props {
  candidateName: string;
  recusalReason: string | undefined;
  scoredCount: number;
  onDeclare: (reason: string) => void;
  onWithdraw: () => void;
}

/** The recusal banner or the way to declare one. */
export function RecusalPanel({ candidateName, recusalReason, scoredCount, onDeclare, onWithdraw }: Props) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const id = useId();

  if (recusalReason !== undefined) {
    return (
      <section className="recusal recusal--declared" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="recusal__title">
          You have recused yourself from scoring {candidateName}
        </h2>
        <p>
          Reason: <q>{recusalReason}</q>. This candidate takes no scores from you, and your score sheet says you recused yourself,
          with this reason.
        </p>
        <button type="button" className="button button--small" onClick={onWithdraw}>
          Withdraw the recusal
        </button>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return;
    onDeclare(reason.trim());
    setOpen(false);
    setReason('');
  };

  if (!open) {
    return (
      <p className="recusal recusal--offer">
        Do you know {candidateName} personally or professionally?{' '}
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          Declare a conflict of interest
        </button>
      </p>
    );
  }
  return (
    <form className="recusal recusal--form" onSubmit={submit} aria-labelledby={`${id}-form-title`}>
      <h2 id={`${id}-form-title`} className="recusal__title">
        Declare a conflict of interest
      </h2>
      <p>
        You will not score {candidateName}.{' '}
        {scoredCount > 0 && `The ${scoredCount === 1 ? 'score' : `${scoredCount} scores`} and notes you have entered for them will be removed. `}
        Your score sheet will say that you recused yourself and why.
      </p>
      <div className="field field--wide">
        <label htmlFor={`${id}-reason`}>Reason for the recusal</label>
        <textarea id={`${id}-reason`} value={reason} rows={2} maxLength={20_000} required onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={reason.trim() === ''}>
          Recuse myself from scoring {candidateName}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
