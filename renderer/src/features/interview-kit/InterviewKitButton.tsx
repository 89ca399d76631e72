// Opens a candidate's interview kit over the app, ready to print: while it is open the body
// carries a class, so the print stylesheet prints the kit alone, without the app around it.

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Candidate, Exercise } from '../../../../core/types';
import { describeError } from '../../app/use-live-query';
import { platform } from '../../platform';
import { InterviewKit } from './InterviewKit';
import { kitFileName } from './kit-model';
import './interview-kit.css';
import { useT } from '../../i18n';

const OPEN_CLASS = 'interview-kit-open';

/** The "Interview kit" button for one candidate; `className` styles the button. */
export function InterviewKitButton({ exercise, candidate, className = 'button button--small' }: { exercise: Exercise; candidate: Candidate; className?: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <button type="button" ref={opener} className={className} onClick={() => setOpen(true)} aria-label={t('kit.openFor', { name: candidate.name })}>
        {t('kit.button')}
      </button>
      {open && <InterviewKitLayer exercise={exercise} candidate={candidate} onClose={close} />}
    </>
  );
}

/** The kit over the whole window, with Print and Close. */
export function InterviewKitLayer({ exercise, candidate, onClose }: { exercise: Exercise; candidate: Candidate; onClose: () => void }) {
  const t = useT();
  const closeButton = useRef<HTMLButtonElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    document.body.classList.add(OPEN_CLASS);
    // A modal layer: the app behind it takes neither focus nor clicks, and screen readers skip it.
    const behind = [...document.body.children].filter((element): element is HTMLElement => element instanceof HTMLElement && element !== layer.current && !element.hasAttribute('inert'));
    for (const element of behind) element.setAttribute('inert', '');
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.body.classList.remove(OPEN_CLASS);
      for (const element of behind) element.removeAttribute('inert');
      document.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  const print = async () => {
    setProblem(null);
    try {
      const target = platform();
      if (target.printToPdf) await target.printToPdf(kitFileName(exercise.exerciseId, candidate.id));
      else window.print();
    } catch (error) {
      setProblem(t('kit.printFailed', { message: describeError(error) }));
    }
  };

  return createPortal(
    <div ref={layer} className="interview-kit-layer" role="dialog" aria-modal="true" aria-label={t('kit.dialog', { name: candidate.name })}>
      <div className="interview-kit-layer__bar">
        <p className="interview-kit-layer__what">{t('kit.what', { name: candidate.name })}</p>
        <button type="button" className="button button--primary" onClick={() => void print()}>
          {t('kit.print')}
        </button>
        <button type="button" ref={closeButton} className="button" onClick={onClose}>
          {t('kit.close')}
        </button>
      </div>
      {problem !== null && (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      )}
      <InterviewKit exercise={exercise} candidate={candidate} />
    </div>,
    document.body,
  );
}
