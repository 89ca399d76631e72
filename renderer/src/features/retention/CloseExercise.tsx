// "Close this exercise": once the recruitment ends, every trace of it goes from this computer.
// Says first what was exported (and warns when nothing was), then asks for the exercise id typed out.

import { useId, useState } from 'react';
import { type ExportEvidence, exportEvidence } from '../../db/retention';
import { ROLE_LABELS, type Role, workspaceIdOf } from '../../roles';
import { useNavigation } from '../../state';
import { closeExercise } from './close-exercise';

interface Props {
  role: Role;
  exerciseId: string;
  title: string;
}

const WHAT_GOES: Record<Role, string> = {
  member: 'your scores, evidence notes, comments and recusals, the candidates’ dossiers, your exported sheets, the edit log and your signing key',
  secretariat: 'the exercise, the candidates’ documents, the collected score sheets, the confirmed member keys, drafts and the secretariat signing key',
  debrief: 'the merged scores, consensus and outcome, the signed decision kept here and the signing key',
};

/** The close button, then the confirmation form. */
export function CloseExercise({ role, exerciseId, title }: Props) {
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
      setError(`Panelscore could not check what was exported: ${e instanceof Error ? e.message : String(e)}. Try again.`);
    }
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await closeExercise(role, exerciseId);
      openRole(role);
    } catch (e) {
      setError(`The exercise was not closed: ${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  };

  if (evidence === null) {
    return (
      <>
        <button type="button" className="button button--small" onClick={() => void start()}>
          Close this exercise…
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
      <h3 id={`${id}-title`}>Close “{title}” and delete every trace of it</h3>
      <p>
        This deletes, from this computer only, the {ROLE_LABELS[role].toLowerCase()} workspace of {exerciseId}: {WHAT_GOES[role]}. It
        cannot be undone. Files you exported or sent stay where they are.
      </p>
      <p className={evidence.exported && !evidence.changedSinceExport ? 'alert alert--info' : 'alert alert--warning'} role="status">
        {evidence.summary}
        {!evidence.exported && ' Export first if anyone still needs it: closing now loses it for good.'}
        {evidence.changedSinceExport && ' You changed scores or notes after that export: export again first if those changes count.'}
      </p>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Type the exercise id, {exerciseId}, to confirm</label>
        <input id={`${id}-confirm`} type="text" autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} />
      </div>
      <div className="close-exercise__actions">
        <button type="submit" className="button button--danger" disabled={!matches || busy}>
          {busy ? 'Deleting…' : `Delete every trace of ${exerciseId}`}
        </button>
        <button type="button" className="button" onClick={() => setEvidence(null)} disabled={busy}>
          Keep the exercise
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
