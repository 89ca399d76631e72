// The secretariat's workspace for one exercise: the exercise as issued, the score sheets
// collected for it (with who still owes what), and the merge of the accepted sheets.

import { useState } from 'react';
import { ExerciseOverview } from '../../app/exercise/ExerciseOverview';
import { formatTimestamp } from '../../app/format';
import { type TFunction, useT } from '../../i18n';
import type { ExerciseRecord } from '../../db';
import { InterviewKitList } from '../interview-kit/InterviewKitList';
import { CollectSheets } from './CollectSheets';
import { ReissueTab } from './editor/ReissueTab';
import { MergeView } from './MergeView';
import { useCollectionMerge } from './use-collection-merge';
import { WorkspaceTabs, tabPanelId } from './WorkspaceTabs';

type Tab = 'exercise' | 'edit' | 'sheets' | 'merge';

/** What the package pins, in words: which score sheets the merge will trust outright. */
function keysSentence(t: TFunction, pinned: number, total: number): string {
  if (pinned === total) return t('secretariat.keys.all');
  const pinnedPart = pinned === 0 ? t('secretariat.keys.none') : t('secretariat.keys.some', { pinned, total });
  return `${pinnedPart} ${t('secretariat.keys.confirm', { count: total - pinned })}`;
}

/** The secretariat's view of an exercise. */
export function SecretariatWorkspace({ record }: { record: ExerciseRecord }) {
  const t = useT();
  const { exercise } = record;
  const [tab, setTab] = useState<Tab>('exercise');
  const live = useCollectionMerge(record);
  const fileCount = live.status === 'ready' ? live.merge.files.length : 0;
  const pinned = exercise.panel.filter((m) => m.publicKey !== undefined).length;
  const tabs = [
    { id: 'exercise', label: t('secretariat.tabs.exercise') },
    { id: 'edit', label: t('secretariat.tabs.edit') },
    { id: 'sheets', label: fileCount === 0 ? t('secretariat.tabs.sheets') : t('secretariat.tabs.sheetsCount', { count: fileCount }) },
    { id: 'merge', label: t('secretariat.tabs.merge') },
  ] as const;
  return (
    <div className="page">
      <WorkspaceTabs label={t('secretariat.tabs.label')} tabs={tabs} selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={tabPanelId(tab)} aria-labelledby={`secretariat-tab-${tab}`}>
        {tab === 'exercise' ? (
          <ExerciseOverview record={record} showPanelKeys>
            <section className="intro" aria-labelledby="secretariat-intro">
              <h2 id="secretariat-intro" className="intro__title">
                {t('secretariat.issued.title')}
              </h2>
              <ul className="summary-tiles">
                <li>{t('secretariat.count.candidates', { count: exercise.candidates.length })}</li>
                <li>{t('secretariat.count.competencies', { count: exercise.criteria.length })}</li>
                <li>{t('secretariat.count.members', { count: exercise.panel.length })}</li>
              </ul>
              <p>{keysSentence(t, pinned, exercise.panel.length)}</p>
              <p className="hint">
                {t('secretariat.issued.when', { date: formatTimestamp(exercise.issuedAt) })}{' '}
                <code className="fingerprint">{record.secretariatFingerprint}</code>.
              </p>
              <p className="hint">
                {t('secretariat.issued.hash')} <code className="hash">{record.exerciseHash}</code>
              </p>
            </section>
            <InterviewKitList exercise={exercise} />
          </ExerciseOverview>
        ) : tab === 'edit' ? (
          <ReissueTab record={record} onIssued={() => setTab('exercise')} />
        ) : (
          <>
            <h1 className="exercise__title">{exercise.title}</h1>
            {tab === 'sheets' ? (
              <CollectSheets record={record} live={live} />
            ) : live.status === 'ready' ? (
              <MergeView record={record} merge={live.merge} sheets={live.sheets} />
            ) : (
              <p className={live.status === 'error' ? 'alert alert--error' : undefined} role={live.status === 'error' ? 'alert' : 'status'}>
                {live.status === 'error' ? live.message : t('secretariat.merging')}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
