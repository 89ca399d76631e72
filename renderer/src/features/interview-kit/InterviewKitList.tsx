// The secretariat's way to the paper fallback: an interview kit per candidate, to print for a
// panel member who cannot score on a laptop (or as a spare for the interview room).

import type { Exercise } from '../../../../core/types';
import { InterviewKitButton } from './InterviewKitButton';
import { useT } from '../../i18n';

/** A section listing every candidate with the button that opens their interview kit. */
export function InterviewKitList({ exercise }: { exercise: Exercise }) {
  const t = useT();
  return (
    <section className="section" aria-labelledby="interview-kits-title">
      <h2 id="interview-kits-title" className="section__title">
        {t('kit.listTitle')}
      </h2>
      <p>{t('kit.listIntro')}</p>
      <ul className="interview-kit-list">
        {exercise.candidates.map((candidate) => (
          <li key={candidate.id}>
            <span>{candidate.name}</span> <InterviewKitButton exercise={exercise} candidate={candidate} />
          </li>
        ))}
      </ul>
    </section>
  );
}
