// The competencies of the rubric with their weights; each opens to show its indicators,
// the anchor text for each scale point and the suggested interview questions.

import type { Exercise } from '../../../../core/types';
import { useT } from '../../i18n';
import { formatShare } from '../format';
import { formatPoint, textForPoint } from './scale-text';
import { scalePoints } from '../../../../core/formats/scale';

/** The rubric. */
export function CriteriaSection({ exercise }: { exercise: Exercise }) {
  const t = useT();
  const totalWeight = exercise.criteria.reduce((sum, c) => sum + c.weight, 0);
  const points = scalePoints(exercise.scale);
  return (
    <section className="exercise__section" aria-labelledby="exercise-criteria">
      <h2 id="exercise-criteria">{t('app.exercise.competencies', { count: exercise.criteria.length })}</h2>
      <ul className="criteria">
        {exercise.criteria.map((criterion) => {
          const anchors = points
            .map((point) => ({ point, text: textForPoint(criterion.anchors, point) }))
            .filter((a): a is { point: number; text: string } => a.text !== undefined);
          return (
            <li key={criterion.id} className="criterion">
              <details>
                <summary>
                  <span className="criterion__name">{criterion.name}</span>
                  <span className={`badge badge--${criterion.kind}`}>{t(`app.exercise.kinds.${criterion.kind}`)}</span>
                  <span className="criterion__weight">
                    {t('app.exercise.weight', { weight: formatPoint(criterion.weight), share: formatShare(criterion.weight, totalWeight) })}
                  </span>
                </summary>
                <div className="criterion__body">
                  {criterion.description && <p>{criterion.description}</p>}
                  {criterion.indicators && criterion.indicators.length > 0 && (
                    <>
                      <h3 className="criterion__subhead">{t('app.exercise.lookFor')}</h3>
                      <ul>
                        {criterion.indicators.map((text, i) => (
                          <li key={i}>{text}</li>
                        ))}
                      </ul>
                    </>
                  )}
                  {anchors.length > 0 && (
                    <>
                      <h3 className="criterion__subhead">{t('app.exercise.scoreMeans')}</h3>
                      <dl className="anchors">
                        {anchors.map(({ point, text }) => (
                          <div key={point}>
                            <dt>{formatPoint(point)}</dt>
                            <dd>{text}</dd>
                          </div>
                        ))}
                      </dl>
                    </>
                  )}
                  {criterion.questions && criterion.questions.length > 0 && (
                    <>
                      <h3 className="criterion__subhead">{t('app.exercise.questions')}</h3>
                      <ol>
                        {criterion.questions.map((text, i) => (
                          <li key={i}>{text}</li>
                        ))}
                      </ol>
                    </>
                  )}
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
