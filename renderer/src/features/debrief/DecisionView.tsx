// The last step: the decision record (core's merge plus the outcome) signed with the package's
// secretariat key, verified, and saved as `<exerciseId>.decision.json`; then the printed report.

import { useState } from 'react';
import { countOf } from '../../app/format';
import { describeError } from '../../app/use-live-query';
import type { DebriefRecord, OutcomeDraft } from '../../db';
import { recordSignedDecision } from '../../db/debrief-state';
import { platform } from '../../platform';
import { workspaceIdOf } from '../../roles';
import { type DebriefData, candidateName } from './debrief-model';
import { buildOutcome, chooseDecisionSigner, outcomeProblems, signDecisionRecord } from './sign-decision';

interface Props {
  workspaceId: string;
  data: DebriefData;
  state: DebriefRecord;
  draft: OutcomeDraft;
  label: (memberId: string) => string;
  onPrintReport: () => void;
}

type Progress =
  | { step: 'idle' }
  | { step: 'signing' }
  | { step: 'failed'; message: string }
  | { step: 'saved'; fileName: string; demoOnly: boolean; fingerprint: string };

/** What the decision will record, what is missing, and the sign-and-save action. */
export function DecisionView({ workspaceId, data, state, draft, label, onPrintReport }: Props) {
  const { exercise } = data;
  const [progress, setProgress] = useState<Progress>({ step: 'idle' });
  const problems = outcomeProblems(draft, exercise, label);
  const dissents = draft.concurrences.filter((c) => !c.agrees);
  const fileName = `${exercise.exerciseId}.decision.json`;

  async function sign() {
    setProgress({ step: 'signing' });
    try {
      const chosen = await chooseDecisionSigner(exercise, () =>
        platform().getSigner('secretariat', workspaceIdOf('secretariat', exercise.exerciseId)),
      );
      const outcome = buildOutcome(draft, state.consensus, exercise, new Date());
      const { record, bytes } = await signDecisionRecord(data.decision, outcome, exercise, chosen.signer);
      const result = await platform().saveFile(fileName, bytes, [
        { name: 'Decision record', extensions: ['json'] },
      ]);
      if (!result.saved) return setProgress({ step: 'idle' });
      await recordSignedDecision(workspaceId, record);
      setProgress({ step: 'saved', fileName, demoOnly: chosen.demoOnly, fingerprint: chosen.fingerprint });
    } catch (error) {
      setProgress({ step: 'failed', message: describeError(error) });
    }
  }

  return (
    <div className="deck-view decision">
      <dl className="decision__summary">
        <dt>Recommended</dt>
        <dd>
          {draft.selected.length === 0
            ? 'nobody selected yet'
            : draft.selected.map((id, i) => `${i + 1}. ${candidateName(exercise, id)}`).join('  ')}
        </dd>
        <dt>Consensus scores</dt>
        <dd>
          {countOf(state.consensus.length, 'item')}, each with its justification; independent scores unchanged
        </dd>
        <dt>Concurrences</dt>
        <dd>
          {draft.concurrences.length} of {exercise.panel.length} recorded
          {dissents.length > 0 && ` — dissenting: ${dissents.map((c) => label(c.memberId)).join(', ')}`}
        </dd>
        <dt>Inputs</dt>
        <dd>
          {countOf(data.decision.inputs.length, 'score sheet')}
          {data.decision.rejected.length > 0 &&
            `, ${countOf(data.decision.rejected.length, 'rejected file')}`}
        </dd>
      </dl>
      {problems.length > 0 && (
        <div className="deck-note warn">
          <p>Before the decision can be signed:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="decision__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={problems.length > 0 || progress.step === 'signing'}
          onClick={() => void sign()}
        >
          {progress.step === 'signing'
            ? 'Signing…'
            : state.decision
              ? 'Sign and save the decision again'
              : 'Sign and save the decision'}
        </button>
        {/* The printable comparative report lives in features/report (built separately). */}
        <button type="button" className="button" onClick={onPrintReport}>
          Print the report
        </button>
      </div>
      {progress.step === 'failed' && (
        <p className="deck-alert" role="alert">
          The decision was not signed. {progress.message}
        </p>
      )}
      {progress.step === 'saved' && (
        <p className="deck-note ok" role="status">
          The decision is signed
          {progress.demoOnly
            ? ' with the DEMO ONLY secretariat key (public, for the demo only)'
            : ' with the secretariat key'}{' '}
          <code className="fingerprint">{progress.fingerprint}</code>, verified, and saved as{' '}
          {progress.fileName}.
        </p>
      )}
      {progress.step !== 'saved' && state.decision?.outcome && (
        <p className="deck-note" role="status">
          Signed decision on record from {state.decision.outcome.decidedAt}.
        </p>
      )}
    </div>
  );
}
