// What an exercise package says, laid out to be read: the post, the scale, the competencies
// and their weights, the candidates with their dossiers, and the panel.

import type { ReactNode } from 'react';
import type { ExerciseRecord } from '../../db';
import { formatTimestamp } from '../format';
import { CandidatesSection } from './CandidatesSection';
import { CriteriaSection } from './CriteriaSection';
import { PanelSection } from './PanelSection';
import { formatPoint, labelledPoints } from './scale-text';
import { useT } from '../../i18n';

interface Props {
  record: ExerciseRecord;
  /** Show each panel member's pinned key (the secretariat and the debrief need them; members do not). */
  showPanelKeys: boolean;
  /** The role's own panel, shown between the title and the details. */
  children?: ReactNode;
}

/** The exercise, as the package describes it. */
export function ExerciseOverview({ record, showPanelKeys, children }: Props) {
  const t = useT();
  const { exercise } = record;
  const paragraphs = (exercise.description ?? '').split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <article className="exercise" aria-labelledby="exercise-title">
      <header className="exercise__header">
        <h1 id="exercise-title" className="exercise__title">
          {exercise.title}
        </h1>
        <dl className="facts">
          <div>
            <dt>{t('app.exercise.issued')}</dt>
            <dd>{formatTimestamp(exercise.issuedAt)}</dd>
          </div>
          <div>
            <dt>{t('app.exercise.secretariat')}</dt>
            <dd>{exercise.secretariat.name}</dd>
          </div>
          <div>
            <dt>{t('app.exercise.secretariatKey')}</dt>
            <dd>
              <code className="fingerprint">{record.secretariatFingerprint}</code>
            </dd>
          </div>
          <div>
            <dt>{t('app.exercise.exerciseId')}</dt>
            <dd>
              <code>{exercise.exerciseId}</code>
            </dd>
          </div>
        </dl>
      </header>
      {children}
      {paragraphs.length > 0 && (
        <section className="exercise__section" aria-labelledby="exercise-about">
          <h2 id="exercise-about">{t('app.exercise.about')}</h2>
          <div className="prose">
            {paragraphs.map((text, i) => (
              <p key={i}>{text}</p>
            ))}
          </div>
        </section>
      )}
      <section className="exercise__section" aria-labelledby="exercise-scale">
        <h2 id="exercise-scale">{t('app.exercise.scale')}</h2>
        <ol className="scale">
          {labelledPoints(exercise.scale).map(({ point, label }) => (
            <li key={point} className="scale__point">
              <span className="scale__value">{formatPoint(point)}</span>
              {label && <span className="scale__label">{label}</span>}
            </li>
          ))}
        </ol>
        <p className="hint">
          {t('app.exercise.divergenceHint', { threshold: formatPoint(exercise.divergenceThreshold ?? 2) })}
        </p>
      </section>
      <CriteriaSection exercise={exercise} />
      <CandidatesSection workspaceId={record.workspaceId} candidates={exercise.candidates} />
      <PanelSection panel={exercise.panel} showKeys={showPanelKeys} />
    </article>
  );
}
