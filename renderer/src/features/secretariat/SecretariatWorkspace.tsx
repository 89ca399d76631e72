// The secretariat's workspace for one exercise: the exercise as issued, the score sheets
// collected for it (with who still owes what), and the merge of the accepted sheets.

import { useState } from 'react';
import { ExerciseOverview } from '../../app/exercise/ExerciseOverview';
import { countOf, formatTimestamp } from '../../app/format';
import type { ExerciseRecord } from '../../db';
import { CollectSheets } from './CollectSheets';
import { ReissueTab } from './editor/ReissueTab';
import { MergeView } from './MergeView';
import { useCollectionMerge } from './use-collection-merge';
import { WorkspaceTabs, tabPanelId } from './WorkspaceTabs';

type Tab = 'exercise' | 'edit' | 'sheets' | 'merge';

/** What the package pins, in words: which score sheets the merge will trust outright. */
function keysSentence(pinned: number, total: number): string {
  if (pinned === total) return 'Every panel member’s key is pinned in the package: score sheets signed by any other key will be rejected.';
  const unpinned = total - pinned;
  const pinnedPart = pinned === 0 ? 'No member’s key is pinned in the package.' : `${pinned} of ${total} members’ keys are pinned in the package.`;
  return `${pinnedPart} For ${unpinned === 1 ? 'the one member without a pinned key' : `the ${unpinned} members without one`}, confirm the fingerprint on the first score sheet with the member before you trust it.`;
}

/** The secretariat's view of an exercise. */
export function SecretariatWorkspace({ record }: { record: ExerciseRecord }) {
  const { exercise } = record;
  const [tab, setTab] = useState<Tab>('exercise');
  const live = useCollectionMerge(record);
  const fileCount = live.status === 'ready' ? live.merge.files.length : 0;
  const pinned = exercise.panel.filter((m) => m.publicKey !== undefined).length;
  const tabs = [
    { id: 'exercise', label: 'Exercise' },
    { id: 'edit', label: 'Edit and re-issue' },
    { id: 'sheets', label: fileCount === 0 ? 'Score sheets' : `Score sheets (${fileCount})` },
    { id: 'merge', label: 'Merge' },
  ] as const;
  return (
    <div className="page">
      <WorkspaceTabs label="Secretariat workspace" tabs={tabs} selected={tab} onSelect={setTab} />
      <div role="tabpanel" id={tabPanelId(tab)} aria-labelledby={`secretariat-tab-${tab}`}>
        {tab === 'exercise' ? (
          <ExerciseOverview record={record} showPanelKeys>
            <section className="intro" aria-labelledby="secretariat-intro">
              <h2 id="secretariat-intro" className="intro__title">
                The exercise as issued
              </h2>
              <ul className="summary-tiles">
                <li>{countOf(exercise.candidates.length, 'candidate')}</li>
                <li>{countOf(exercise.criteria.length, 'competency', 'competencies')}</li>
                <li>{countOf(exercise.panel.length, 'panel member')}</li>
              </ul>
              <p>{keysSentence(pinned, exercise.panel.length)}</p>
              <p className="hint">
                Issued {formatTimestamp(exercise.issuedAt)}, signed with the key{' '}
                <code className="fingerprint">{record.secretariatFingerprint}</code>.
              </p>
              <p className="hint">
                Package hash: <code className="hash">{record.exerciseHash}</code>
              </p>
            </section>
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
                {live.status === 'error' ? live.message : 'Merging the collected sheets…'}
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
