// The last step: the decision record (core's merge plus the outcome) signed with the package's
// secretariat key, verified, and saved as `<exerciseId>.decision.json`; then the printed report.

import { useState } from 'react';
import { Trans } from 'react-i18next';
import { formatTimestamp } from '../../app/format';
import { describeError } from '../../app/use-live-query';
import type { DebriefRecord, OutcomeDraft } from '../../db';
import { recordSignedDecision } from '../../db/debrief-state';
import { useT } from '../../i18n';
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
  const t = useT();
  const { exercise } = data;
  const [progress, setProgress] = useState<Progress>({ step: 'idle' });
  const problems = outcomeProblems(draft, exercise, label);
  const dissents = draft.concurrences.filter((c) => !c.agrees);
  const fileName = `${exercise.exerciseId}.decision.json`;
  const recorded = t('debrief.decision.recorded', {
    count: draft.concurrences.length,
    total: exercise.panel.length,
  });
  const sheets = t('debrief.decision.sheets', { count: data.decision.inputs.length });

  async function sign() {
    setProgress({ step: 'signing' });
    try {
      const chosen = await chooseDecisionSigner(exercise, () =>
        platform().getSigner('secretariat', workspaceIdOf('secretariat', exercise.exerciseId)),
      );
      const outcome = buildOutcome(draft, state.consensus, exercise, new Date());
      const { record, bytes } = await signDecisionRecord(data.decision, outcome, exercise, chosen.signer);
      const result = await platform().saveFile(fileName, bytes, [
        { name: t('debrief.decision.fileType'), extensions: ['json'] },
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
        <dt>{t('debrief.decision.recommended')}</dt>
        <dd>
          {draft.selected.length === 0
            ? t('debrief.decision.nobody')
            : draft.selected.map((id, i) => `${i + 1}. ${candidateName(exercise, id)}`).join('  ')}
        </dd>
        <dt>{t('debrief.decision.consensusScores')}</dt>
        <dd>{t('debrief.decision.items', { count: state.consensus.length })}</dd>
        <dt>{t('debrief.decision.concurrences')}</dt>
        <dd>
          {dissents.length > 0
            ? t('debrief.decision.dissenting', {
                recorded,
                names: dissents.map((c) => label(c.memberId)).join(', '),
              })
            : recorded}
        </dd>
        <dt>{t('debrief.decision.inputs')}</dt>
        <dd>
          {data.decision.rejected.length > 0
            ? t('debrief.decision.rejected', { count: data.decision.rejected.length, sheets })
            : sheets}
        </dd>
      </dl>
      {problems.length > 0 && (
        <div className="deck-note warn">
          <p>{t('debrief.decision.before')}</p>
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
            ? t('debrief.decision.signing')
            : state.decision
              ? t('debrief.decision.signAgain')
              : t('debrief.decision.sign')}
        </button>
        {/* The printable comparative report lives in features/report (built separately). */}
        <button type="button" className="button" onClick={onPrintReport}>
          {t('debrief.decision.print')}
        </button>
      </div>
      {progress.step === 'failed' && (
        <p className="deck-alert" role="alert">
          {t('debrief.decision.failed', { message: progress.message })}
        </p>
      )}
      {progress.step === 'saved' && (
        <p className="deck-note ok" role="status">
          <Trans
            i18nKey={progress.demoOnly ? 'debrief.decision.signedDemo' : 'debrief.decision.signed'}
            values={{ fingerprint: progress.fingerprint, fileName: progress.fileName }}
            components={{ code: <code className="fingerprint" /> }}
          />
        </p>
      )}
      {progress.step !== 'saved' && state.decision?.outcome && (
        <p className="deck-note" role="status">
          {t('debrief.decision.onRecord', { date: formatTimestamp(state.decision.outcome.decidedAt) })}
        </p>
      )}
    </div>
  );
}
