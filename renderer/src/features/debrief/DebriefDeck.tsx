// The debrief on one screen: the reveal sequence as a deck of views driven from the keyboard,
// full screen for the projector, dark or light, members by name or as Member A, B, ….

import { useMemo, useRef, useState } from 'react';
import type { DebriefRecord } from '../../db';
import type { PresentationSettings } from '../../db/debrief-state';
import { emptyDraft } from '../../db/debrief-state';
import { useT } from '../../i18n';
import { CandidateView } from './CandidateView';
import { ComparisonView } from './ComparisonView';
import { ConsensusView } from './ConsensusView';
import { type DebriefData, memberLabeller } from './debrief-model';
import { type DeckView, deckViews, viewId, viewTitle } from './deck-views';
import { DeckToolbar } from './DeckToolbar';
import { DecisionView } from './DecisionView';
import { OutcomeView } from './OutcomeView';
import { ReliabilityView } from './ReliabilityView';
import { useDeckKeys } from './use-deck-keys';
import { useFullscreen } from './use-fullscreen';
import { VerificationView } from './VerificationView';

interface Props {
  workspaceId: string;
  data: DebriefData;
  state: DebriefRecord;
  settings: PresentationSettings;
  onSettings: (settings: PresentationSettings) => void;
  onShowSheets: () => void;
  onPrintReport: () => void;
  /** False while something covers the deck (the report preview): its keys are then left alone. */
  keysEnabled?: boolean;
}

/** The reveal sequence with its keyboard, full screen and presentation settings. */
export function DebriefDeck({
  workspaceId,
  data,
  state,
  settings,
  onSettings,
  onShowSheets,
  onPrintReport,
  keysEnabled = true,
}: Props) {
  const t = useT();
  const { exercise } = data;
  const views = useMemo(() => deckViews(exercise), [exercise]);
  const [index, setIndex] = useState(0);
  const deck = useRef<HTMLDivElement>(null);
  const { presenting, enter, leave } = useFullscreen(deck);
  // The labeller translates "Member A" when called, so it follows a change of interface language.
  const label = useMemo(
    () => memberLabeller(exercise, settings.memberLabels),
    [exercise, settings.memberLabels],
  );
  const go = (to: number) => setIndex(Math.max(0, Math.min(views.length - 1, to)));
  const keys = useMemo(
    () => ({
      next: () => setIndex((i) => Math.min(views.length - 1, i + 1)),
      previous: () => setIndex((i) => Math.max(0, i - 1)),
      candidate: (n: number) => {
        const at = views.findIndex(
          (v) => v.kind === 'candidate' && v.candidateId === exercise.candidates[n]?.id,
        );
        if (at >= 0) setIndex(at);
      },
      leave,
    }),
    [views, exercise, leave],
  );
  useDeckKeys(keys, keysEnabled);
  const view = views[index];
  const title = viewTitle(view, exercise);

  return (
    <div ref={deck} className={`deck${presenting ? ' deck--presenting' : ''}`} data-theme={settings.theme}>
      <h1 className="visually-hidden">{t('debrief.deck.heading', { title: exercise.title })}</h1>
      <DeckToolbar
        views={views.map((v) => ({ id: viewId(v), title: viewTitle(v, exercise) }))}
        index={index}
        onGo={go}
        presenting={presenting}
        onPresent={presenting ? leave : enter}
        settings={settings}
        onSettings={onSettings}
        onShowSheets={onShowSheets}
      />
      <section className="deck__stage" aria-labelledby="deck-view-title">
        <h2 id="deck-view-title" className="deck__title" aria-live="polite">
          <span className="deck__step">
            {index + 1}/{views.length}
          </span>{' '}
          {title}
        </h2>
        <ViewBody
          view={view}
          workspaceId={workspaceId}
          data={data}
          state={state}
          label={label}
          onPrintReport={onPrintReport}
        />
      </section>
    </div>
  );
}

interface BodyProps {
  view: DeckView;
  workspaceId: string;
  data: DebriefData;
  state: DebriefRecord;
  label: (memberId: string) => string;
  onPrintReport: () => void;
}

function ViewBody({ view, workspaceId, data, state, label, onPrintReport }: BodyProps) {
  const draft = state.draft ?? emptyDraft();
  switch (view.kind) {
    case 'verification':
      return <VerificationView data={data} label={label} />;
    case 'candidate':
      return (
        <CandidateView
          key={view.candidateId}
          workspaceId={workspaceId}
          data={data}
          candidateId={view.candidateId}
          consensus={state.consensus}
          label={label}
        />
      );
    case 'comparison':
      return <ComparisonView data={data} />;
    case 'reliability':
      return <ReliabilityView data={data} />;
    case 'consensus':
      return <ConsensusView data={data} consensus={state.consensus} label={label} />;
    case 'outcome':
      return (
        <OutcomeView
          workspaceId={workspaceId}
          data={data}
          consensus={state.consensus}
          draft={draft}
          label={label}
        />
      );
    case 'decision':
      return (
        <DecisionView
          workspaceId={workspaceId}
          data={data}
          state={state}
          draft={draft}
          label={label}
          onPrintReport={onPrintReport}
        />
      );
  }
}
