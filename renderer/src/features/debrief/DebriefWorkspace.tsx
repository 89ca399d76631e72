// The debrief's workspace for one exercise. For now: the shortlist, the rubric and the panel
// that the meeting works through; the merged scores will be shown here, on the projector.

import { ExerciseOverview } from '../../app/exercise/ExerciseOverview';
import { formatPoint } from '../../app/exercise/scale-text';
import { countOf } from '../../app/format';
import type { ExerciseRecord } from '../../db';

/** The debrief's view of an exercise. */
export function DebriefWorkspace({ record }: { record: ExerciseRecord }) {
  const { exercise } = record;
  const chair = exercise.panel.find((m) => m.role === 'chair');
  const panel = countOf(exercise.panel.length, 'member');
  return (
    <div className="page">
      <ExerciseOverview record={record} showPanelKeys>
        <section className="intro" aria-labelledby="debrief-intro">
          <h2 id="debrief-intro" className="intro__title">
            The debrief meeting
          </h2>
          <p>
            {chair ? `${chair.name} chairs the panel of ${panel}.` : `The panel has ${panel}.`} The meeting reviews{' '}
            {countOf(exercise.candidates.length, 'candidate')} against {countOf(exercise.criteria.length, 'competency', 'competencies')}.
            Wherever members’ scores for a candidate on one competency differ by {formatPoint(exercise.divergenceThreshold ?? 2)} points
            or more, the panel discusses it; a consensus score is recorded with its justification beside the members’ independent
            scores, never in their place.
          </p>
        </section>
      </ExerciseOverview>
    </div>
  );
}
