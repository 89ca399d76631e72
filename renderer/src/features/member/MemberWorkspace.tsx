// A panel member's workspace for one exercise: the exercise to read, the candidates to
// score, the score sheet to export and the member's own key, behind one tab bar.

import { useCallback, useState } from 'react';
import { ExerciseOverview } from '../../app/exercise/ExerciseOverview';
import { DossierScreen } from '../dossier/DossierScreen';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import { type ExerciseRecord, getMemberIdentity, readMemberWork } from '../../db';
import { useNavigation } from '../../state';
import { CandidateList } from './CandidateList';
import { ExportScreen } from './ExportScreen';
import { IdentityChooser } from './IdentityChooser';
import { ImportPackage } from './ImportPackage';
import { KeyPanel } from './KeyPanel';
import { MemberIntro } from './MemberIntro';
import { candidateProgress } from './member-progress';
import { ScoringScreen } from './ScoringScreen';
import './member.css';

type Tab = 'overview' | 'candidates' | 'export' | 'key' | 'import';
type View = { name: Tab } | { name: 'score' | 'dossier'; candidateId: string };

const TABS: { tab: Tab; label: string }[] = [
  { tab: 'candidates', label: 'Candidates' },
  { tab: 'export', label: 'Export score sheet' },
  { tab: 'overview', label: 'Exercise and rubric' },
  { tab: 'key', label: 'My key' },
  { tab: 'import', label: 'Import package' },
];

/** The member's view of an exercise. */
export function MemberWorkspace({ record }: { record: ExerciseRecord }) {
  const { exercise, workspaceId } = record;
  const identity = useLiveQuery(useCallback(async () => (await getMemberIdentity(workspaceId)) ?? null, [workspaceId]));
  const work = useLiveQuery(useCallback(() => readMemberWork(workspaceId), [workspaceId]));
  const [chosenView, setView] = useState<View | null>(null);
  const { openRole } = useNavigation();

  if (identity.status === 'loading' || work.status === 'loading') return <p className="page" role="status">Opening your workspace…</p>;
  if (identity.status === 'error' || work.status === 'error') {
    const error = identity.status === 'error' ? identity.error : work.status === 'error' ? work.error : null;
    return (
      <p className="page alert alert--error" role="alert">
        Your work on this exercise could not be read from this computer’s storage: {describeError(error)}
      </p>
    );
  }
  const me = identity.value;
  // Until the member has said who they are, they land on the exercise to read; afterwards on their candidates.
  const view: View = chosenView ?? { name: me ? 'candidates' : 'overview' };
  const tab: Tab = view.name === 'score' || view.name === 'dossier' ? 'candidates' : view.name;
  const progress = candidateProgress(exercise, work.value);
  const memberName = me ? (exercise.panel.find((m) => m.id === me.memberId)?.name ?? me.memberId) : null;

  const openCandidate = (index: number) => {
    const candidate = exercise.candidates[index];
    if (candidate) setView({ name: 'score', candidateId: candidate.id });
  };

  let content;
  if (view.name === 'overview') {
    content = (
      <ExerciseOverview record={record} showPanelKeys={false}>
        <MemberIntro record={record} memberName={memberName} onStart={() => setView({ name: 'candidates' })} />
      </ExerciseOverview>
    );
  } else if (view.name === 'import') {
    // Another exercise's package opens that exercise; this one's shows its (new) overview.
    content = (
      <ImportPackage
        title="Import a newer version of the package"
        onImported={(id) => (id === exercise.exerciseId ? setView({ name: 'overview' }) : openRole('member', id))}
      />
    );
  } else if (!me) {
    content = <IdentityChooser workspaceId={workspaceId} exercise={exercise} />;
  } else if (view.name === 'candidates') {
    content = <CandidateList exercise={exercise} progress={progress} onOpen={(candidateId) => setView({ name: 'score', candidateId })} />;
  } else if (view.name === 'score') {
    const index = exercise.candidates.findIndex((c) => c.id === view.candidateId);
    const candidate = exercise.candidates[index];
    content = candidate ? (
      <ScoringScreen
        key={candidate.id}
        workspaceId={workspaceId}
        exercise={exercise}
        candidate={candidate}
        position={{ index, count: exercise.candidates.length }}
        onNavigate={(target) => (target === 'list' ? setView({ name: 'candidates' }) : openCandidate(target === 'next' ? index + 1 : index - 1))}
        onOpenDossier={() => setView({ name: 'dossier', candidateId: candidate.id })}
      />
    ) : null;
  } else if (view.name === 'dossier') {
    const candidate = exercise.candidates.find((c) => c.id === view.candidateId);
    content = candidate ? (
      <DossierScreen
        workspaceId={workspaceId}
        candidate={candidate}
        onBack={() => setView({ name: 'score', candidateId: candidate.id })}
        onList={() => setView({ name: 'candidates' })}
      />
    ) : null;
  } else if (view.name === 'export') {
    content = <ExportScreen workspaceId={workspaceId} exercise={exercise} exerciseHash={record.exerciseHash} identity={me} work={work.value} />;
  } else {
    content = <KeyPanel exerciseId={exercise.exerciseId} identity={me} memberName={memberName ?? me.memberId} />;
  }

  return (
    <div className="page member">
      <nav className="member-tabs" aria-label="Your workspace">
        <ul>
          {TABS.map(({ tab: t, label }) => (
            <li key={t}>
              <button type="button" className="member-tabs__tab" aria-current={t === tab ? 'page' : undefined} onClick={() => setView({ name: t })}>
                {label}
              </button>
            </li>
          ))}
        </ul>
        {me && (
          <button type="button" className="member-tabs__me" onClick={() => setView({ name: 'key' })} aria-label={`You are ${memberName ?? ''}; your key fingerprint is ${me.fingerprint}`}>
            {memberName} · <code>{me.fingerprint}</code>
          </button>
        )}
      </nav>
      {content}
    </div>
  );
}
