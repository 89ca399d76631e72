// Authoring one exercise end to end: the editor, then the summary page that signs and saves
// the package. Picks up the draft saved in `slot` when there is one.

import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { Exercise } from '../../../../../core/types';
import { deleteDraft, loadDraft, saveDraft } from '../../../db/secretariat-drafts';
import { IssuePage } from '../issue/IssuePage';
import type { IssueResult } from '../issue/issue-package';
import type { ExerciseDraft } from './draft';
import { ExerciseEditor } from './ExerciseEditor';
import { useT } from '../../../i18n';

interface Props {
  slot: string;
  /** The draft to start from when none is saved in `slot`. */
  start: () => Promise<ExerciseDraft> | ExerciseDraft;
  /** The exercise as last issued (re-issue), so the summary can show what changed. */
  previous?: Exercise;
  onIssued: (result: IssueResult) => void;
  onClose?: () => void;
  /** More buttons for the editor's toolbar. */
  toolbar?: ReactNode;
}

// A draft carries its documents' bytes: it is saved a moment after typing stops, not per key.
const SAVE_DELAY_MS = 300;

/** Editor and issue page for one exercise. */
export function ExerciseAuthoring({ slot, start, previous, onIssued, onClose, toolbar }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<ExerciseDraft | null>(null);
  const [step, setStep] = useState<'edit' | 'issue'>('edit');
  useEffect(() => {
    let live = true;
    void (async () => {
      const saved = await loadDraft<ExerciseDraft>(slot);
      const initial = saved ?? (await start());
      if (live) setDraft(initial);
    })();
    return () => {
      live = false;
    };
    // `start` is read once per slot: a new function from the parent must not reset the edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slot]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<ExerciseDraft | null>(null);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current !== null) void saveDraft(slot, pending.current);
    pending.current = null;
  }, [slot]);
  // Leaving the editor saves what is still waiting.
  useEffect(() => flush, [flush]);
  const change = (next: ExerciseDraft) => {
    setDraft(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };
  if (draft === null) return <p role="status">{t('secretariat.editor.opening')}</p>;
  if (step === 'issue') {
    return <IssuePage draft={draft} slot={slot} previous={previous} onBack={() => setStep('edit')} onIssued={onIssued} />;
  }
  const discard = async () => {
    clearTimeout(timer.current);
    pending.current = null;
    await deleteDraft(slot);
    setDraft(await start());
  };
  return (
    <>
      <div className="editor__toolbar">
        {onClose && (
          <button type="button" className="button" onClick={onClose}>
            {t('secretariat.editor.close')}
          </button>
        )}
        <button type="button" className="button" onClick={() => void discard()}>
          {t('secretariat.editor.discard')}
        </button>
        {toolbar}
      </div>
      <ExerciseEditor
        draft={draft}
        onChange={change}
        onReview={() => {
          flush();
          setStep('issue');
        }}
        fixedId={previous !== undefined}
        heading={previous ? t('secretariat.editor.reissueHeading', { title: previous.title }) : t('app.start.newExercise')}
      />
    </>
  );
}
