// The debrief's workspace for one exercise: the score sheets come in (imported here, or the demo's
// samples), core merges them, and the panel walks the reveal sequence to a signed decision.

import { useCallback, useMemo, useState } from 'react';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import type { ExerciseRecord } from '../../db';
import {
  type PresentationSettings,
  getDebriefState,
  getPresentationSettings,
  setPresentationSettings,
} from '../../db/debrief-state';
import { useT } from '../../i18n';
import { CollectSheets } from '../secretariat/CollectSheets';
import { useCollectionMerge } from '../secretariat/use-collection-merge';
import { DebriefDeck } from './DebriefDeck';
import { debriefData } from './debrief-model';
import { debriefReportModel } from './report-model';
import { ReportScreen } from '../report/ReportScreen';
import './debrief.css';

/** The debrief's view of an exercise: the sheets, then the reveal sequence. */
export function DebriefWorkspace({ record }: { record: ExerciseRecord }) {
  const t = useT();
  const { workspaceId } = record;
  const live = useCollectionMerge(record);
  const state = useLiveQuery(useCallback(() => getDebriefState(workspaceId), [workspaceId]));
  const settings = useLiveQuery(useCallback(() => getPresentationSettings(), []));
  const [showSheets, setShowSheets] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [reportOpen, setReportOpen] = useState(false);

  const data = useMemo(
    () =>
      live.status === 'ready'
        ? debriefData(
            record.exercise,
            live.merge.decision,
            live.status === 'ready' ? live.sheets.map((s) => s.bytes) : [],
            live.merge.recusalReasons,
          )
        : null,
    [live, record.exercise],
  );

  if (live.status === 'loading' || state.status === 'loading' || settings.status === 'loading') {
    return (
      <p className="page" role="status">
        {t('debrief.workspace.merging')}
      </p>
    );
  }
  if (state.status === 'error' || settings.status === 'error') {
    const error =
      state.status === 'error' ? state.error : settings.status === 'error' ? settings.error : null;
    return (
      <p className="page alert alert--error" role="alert">
        {t('debrief.workspace.readFailed', { message: describeError(error) })}
      </p>
    );
  }
  const noInputs = data === null || data.decision.inputs.length === 0;
  if (showSheets || noInputs) {
    return (
      <div className="page">
        <h1 className="page__title">{t('debrief.workspace.sheetsTitle')}</h1>
        <p className="page__lead">{t('debrief.workspace.sheetsLead', { title: record.exercise.title })}</p>
        {!noInputs && (
          <button type="button" className="button button--primary" onClick={() => setShowSheets(false)}>
            {t('debrief.workspace.back')}
          </button>
        )}
        <CollectSheets record={record} live={live} />
      </div>
    );
  }
  const save = (next: PresentationSettings) =>
    void setPresentationSettings(next).catch((error: unknown) =>
      setProblem(t('debrief.workspace.settingFailed', { message: describeError(error) })),
    );
  return (
    <>
      {problem && (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      )}
      {reportOpen && (
        <ReportScreen
          model={debriefReportModel(
            record.exercise,
            state.value.decision ?? data.decision,
            live.status === 'ready' ? live.sheets.map((s) => s.bytes) : [],
            settings.value.memberLabels === 'letters',
          )}
          onClose={() => setReportOpen(false)}
        />
      )}
      <DebriefDeck
        workspaceId={workspaceId}
        data={data}
        state={state.value}
        settings={settings.value}
        onSettings={save}
        onShowSheets={() => setShowSheets(true)}
        onPrintReport={() => setReportOpen(true)}
        keysEnabled={!reportOpen}
      />
    </>
  );
}
