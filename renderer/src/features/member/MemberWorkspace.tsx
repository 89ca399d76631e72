// A panel member's workspace for one exercise: the exercise to read, the candidates to
// score, the score sheet to export and the member's own key, behind one tab bar.

import { useCallback, useState } from 'react';
import { ExerciseOverview } from '../../app/exercise/ExerciseOverview';
import { DossierScreen } from '../dossier/DossierScreen';
import { describeError, useLiveQuery } from '../../app/use-live-query';
import { type ExerciseRecord, type MemberWork, getMemberIdentity, readMemberWork } from '../../db';
import { useNavigation } from '../../state';
import { CandidateList } from './CandidateList';
import { ExportScreen } from './ExportScreen';
import { IdentityChooser } from './IdentityChooser';
import { ImportPackage } from './ImportPackage';
import { KeyPanel } from './KeyPanel';
import { MemberIntro } from './MemberIntro';
import { candidateProgress } from './member-progress';
import { ScoringScreen } from './ScoringScreen';
import { useT } from '../../i18n';
import './member.css';

type Tab = 'overview' | 'candidates' | 'export' | 'key' | 'import';
type View = { name: Tab } | { name: 'score' | 'dossier'; candidateId: string };

const TABS: readonly Tab[] = ['candidates', 'export', 'overview', 'key', 'import'];

const NO_WORK: MemberWork = { scores: [], notes: [] };

/** The member's view of an exercise. */
export function MemberWorkspace({ record }: { record: ExerciseRecord }) {
  const t = useT();
  const { exercise, workspaceId } = record;
  const identity = useLiveQuery(useCallback(async () => (await getMemberIdentity(workspaceId)) ?? null, [workspaceId]));
  const [chosenView, setView] = useState<View | null>(null);
  // Only the candidate list and the export need all of the member's work. While a candidate is
  // scored, re-reading every score after each keystroke's commit would slow typing down.
  const needsWork = chosenView === null || chosenView.name === 'candidates' || chosenView.name === 'export';
  const liveWork = useLiveQuery(useCallback(() => (needsWork ? readMemberWork(workspaceId) : Promise.resolve(null)), [workspaceId, needsWork]));
  // Coming back to the list shows the last reading for the moment the new one takes, not a blank page.
  // (State updated during render: React's pattern for keeping information from earlier renders.)
  const [lastWork, setLastWork] = useState<MemberWork | null>(null);
  if (liveWork.status === 'ready' && liveWork.value !== null && liveWork.value !== lastWork) setLastWork(liveWork.value);
  const work = liveWork.status === 'loading' && lastWork !== null ? { status: 'ready' as const, value: lastWork } : liveWork;
  const { openRole } = useNavigation();

  if (identity.status === 'loading' || work.status === 'loading') return <p className="page" role="status">{t('member.opening')}</p>;
  if (identity.status === 'error' || work.status === 'error') {
    const error = identity.status === 'error' ? identity.error : work.status === 'error' ? work.error : null;
    return (
      <p className="page alert alert--error" role="alert">
        {t('member.unreadable', { message: describeError(error) })}
      </p>
    );
  }
  const me = identity.value;
  // Until the member has said who they are, they land on the exercise to read; afterwards on their candidates.
  const view: View = chosenView ?? { name: me ? 'candidates' : 'overview' };
  const tab: Tab = view.name === 'score' || view.name === 'dossier' ? 'candidates' : view.name;
  const memberWork = work.value ?? lastWork ?? NO_WORK;
  const progress = candidateProgress(exercise, memberWork);
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
        title={t('member.importNewer')}
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
    content = <ExportScreen workspaceId={workspaceId} exercise={exercise} exerciseHash={record.exerciseHash} identity={me} work={memberWork} />;
  } else {
    content = <KeyPanel exerciseId={exercise.exerciseId} identity={me} memberName={memberName ?? me.memberId} />;
  }

  return (
    <div className="page member">
      <nav className="member-tabs" aria-label={t('member.tabs.label')}>
        <ul>
          {TABS.map((name) => (
            <li key={name}>
              <button type="button" className="member-tabs__tab" aria-current={name === tab ? 'page' : undefined} onClick={() => setView({ name })}>
                {t(`member.tabs.${name}`)}
              </button>
            </li>
          ))}
        </ul>
        {me && (
          // The visible text is the whole name (WCAG 2.5.3: speech users say what they see).
          <button type="button" className="member-tabs__me" onClick={() => setView({ name: 'key' })}>
            {t('member.youAre', { name: memberName })} <code>{me.fingerprint}</code>
          </button>
        )}
      </nav>
      {content}
    </div>
  );
}
