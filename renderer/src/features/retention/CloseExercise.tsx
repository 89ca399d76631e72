// "Close this exercise": once the recruitment ends, every trace of it goes from this computer.
// Says first what was exported (and warns when nothing was), then asks for the exercise id typed out.

import { useId, useState } from 'react';
import { type ExportEvidence, type ExportFact, exportEvidence } from '../../db/retention';
import { type TFunction, intlLocale, useT } from '../../i18n';
import { type Role, workspaceIdOf } from '../../roles';
import { useNavigation } from '../../state';
import { type CloseOptions, closeExercise } from './close-exercise';

interface Props {
  role: Role;
  exerciseId: string;
  title: string;
  /** Clears deleted rows out of the storage files; tests pass a stand-in (jsdom has no files). */
  scrub?: CloseOptions['scrub'];
}

/** What was exported, in the interface's language (the "marked" action is named by whoever recorded it). */
function describeFact(t: TFunction, fact: ExportFact): string {
  const date = (at: string) => new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  switch (fact.kind) {
    case 'sheet':
      return t('retention.close.evidence.sheet', { revision: fact.revision, date: date(fact.at) });
    case 'marked':
      return t('retention.close.evidence.marked', { what: fact.what, date: date(fact.at) });
    case 'decision':
      return t('retention.close.evidence.decision', { date: date(fact.at) });
    case 'no-sheet':
      return t('retention.close.evidence.noSheet');
    case 'nothing':
      return t('retention.close.evidence.nothing');
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The close button, then the confirmation form. */
export function CloseExercise({ role, exerciseId, title, scrub }: Props) {
  const t = useT();
  const id = useId();
  const { openRole } = useNavigation();
  const [evidence, setEvidence] = useState<ExportEvidence | null>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    setError(null);
    try {
      setEvidence(await exportEvidence(workspaceIdOf(role, exerciseId)));
    } catch (e) {
      setError(t('retention.close.checkFailed', { reason: reasonOf(e) }));
    }
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      // The role screen shows how the scrub that follows goes (ScrubNotice): this form is gone by then.
      await closeExercise(role, exerciseId, scrub ? { scrub } : {});
      openRole(role);
    } catch (e) {
      setError(t('retention.close.notClosed', { reason: reasonOf(e) }));
      setBusy(false);
    }
  };

  if (evidence === null) {
    return (
      <>
        <button type="button" className="button button--small" onClick={() => void start()}>
          {t('retention.close.start')}
        </button>
        {error && (
          <p className="alert alert--error" role="alert">
            {error}
          </p>
        )}
      </>
    );
  }
  const matches = typed.trim() === exerciseId;
  return (
    <form
      className="close-exercise"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (matches && !busy) void confirm();
      }}
    >
      <h3 id={`${id}-title`}>{t('retention.close.title', { title })}</h3>
      <p>
        {t('retention.close.explain', {
          role: t(`roles.${role}`).toLowerCase(),
          exerciseId,
          what: t(`retention.close.whatGoes.${role}`),
        })}
      </p>
      <p className={evidence.exported && !evidence.changedSinceExport ? 'alert alert--info' : 'alert alert--warning'} role="status">
        {describeFact(t, evidence.fact)}
        {!evidence.exported && t('retention.close.notExported')}
        {evidence.changedSinceExport && t('retention.close.changedSinceExport')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t('retention.close.confirmLabel', { exerciseId })}</label>
        <input id={`${id}-confirm`} type="text" autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} />
      </div>
      <div className="close-exercise__actions">
        <button type="submit" className="button button--danger" disabled={!matches || busy}>
          {busy ? t('retention.close.deleting') : t('retention.close.confirm', { exerciseId })}
        </button>
        <button type="button" className="button" onClick={() => setEvidence(null)} disabled={busy}>
          {t('retention.close.keep')}
        </button>
      </div>
      {error && (
        <p className="alert alert--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
