// Conflict of interest: a member declares a recusal with its reason, and the candidate then
// takes no scores from them; the score sheet carries the recusal and the reason.

import { type FormEvent, useId, useState } from 'react';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n';

interface Props {
  candidateName: string;
  recusalReason: string | undefined;
  scoredCount: number;
  onDeclare: (reason: string) => void;
  onWithdraw: () => void;
}

/** The recusal banner or the way to declare one. */
export function RecusalPanel({ candidateName, recusalReason, scoredCount, onDeclare, onWithdraw }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const id = useId();

  if (recusalReason !== undefined) {
    return (
      <section className="recusal recusal--declared" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="recusal__title">
          {t('member.recusal.declaredTitle', { name: candidateName })}
        </h2>
        <p>
          <Trans i18nKey="member.recusal.declared" values={{ reason: recusalReason }} components={{ q: <q /> }} />
        </p>
        <button type="button" className="button button--small" onClick={onWithdraw}>
          {t('member.recusal.withdraw')}
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
        {t('member.recusal.question', { name: candidateName })}{' '}
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {t('member.recusal.declare')}
        </button>
      </p>
    );
  }
  return (
    <form className="recusal recusal--form" onSubmit={submit} aria-labelledby={`${id}-form-title`}>
      <h2 id={`${id}-form-title`} className="recusal__title">
        {t('member.recusal.declare')}
      </h2>
      <p>
        {t('member.recusal.willNotScore', { name: candidateName })} {scoredCount > 0 && t('member.recusal.removed', { count: scoredCount })}{' '}
        {t('member.recusal.sheetSays')}
      </p>
      <div className="field field--wide">
        <label htmlFor={`${id}-reason`}>{t('member.recusal.reason')}</label>
        <textarea id={`${id}-reason`} value={reason} rows={2} maxLength={20_000} required onChange={(event) => setReason(event.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={reason.trim() === ''}>
          {t('member.recusal.confirm', { name: candidateName })}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('member.recusal.cancel')}
        </button>
      </div>
    </form>
  );
}
