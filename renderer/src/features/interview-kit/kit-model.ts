// What an interview kit prints for one candidate: the competencies grouped by kind (one
// printed section per group), each with every scale point and the anchor written for it.

import type { Criterion, CriterionKind, Exercise } from '../../../../core/types';
import { formatPoint, labelledPoints, textForPoint } from '../../app/exercise/scale-text';
import { translate } from '../../i18n';

export interface KitPoint {
  /** `3`, `2.5`. */
  point: string;
  /** The scale's label for the point ("Strong"), if any. */
  label: string | undefined;
  /** What a response at this point looks like for this competency, if the rubric says. */
  anchor: string | undefined;
}

export interface KitCriterion {
  criterion: Criterion;
  points: KitPoint[];
}

export interface KitGroup {
  kind: CriterionKind;
  title: string;
  criteria: KitCriterion[];
}


const GROUP_ORDER: readonly CriterionKind[] = ['core', 'functional', 'technical'];

/** The criteria of `exercise` by group (core, functional, technical; empty groups left out), rubric order kept within each. */
export function kitGroups(exercise: Pick<Exercise, 'criteria' | 'scale'>): KitGroup[] {
  const points = labelledPoints(exercise.scale);
  return GROUP_ORDER.map((kind) => ({
    kind,
    title: translate(`kit.groups.${kind}`),
    criteria: exercise.criteria
      .filter((criterion) => criterion.kind === kind)
      .map((criterion) => ({
        criterion,
        points: points.map(({ point, label }) => ({ point: formatPoint(point), label, anchor: textForPoint(criterion.anchors, point) })),
      })),
  })).filter((group) => group.criteria.length > 0);
}

/** A file name for the kit's PDF: `interview-kit-<exercise>-<candidate>.pdf`. */
export function kitFileName(exerciseId: string, candidateId: string): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');
  return `interview-kit-${safe(exerciseId)}-${safe(candidateId)}.pdf`;
}
