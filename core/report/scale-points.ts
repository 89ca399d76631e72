// The scale as the report shows it: its bounds and each point with the label the exercise gives it.
import { approxEqual } from '../formats/common';
import { scaleKeyValue, scalePoints } from '../formats/scale';
import type { Scale } from '../types';
import type { ReportScale } from './report-types';

/** The scale's points, lowest first, each with its label (null when the exercise names none). */
export function labelledScalePoints(scale: Scale): ReportScale {
  const labels = Object.entries(scale.labels ?? {});
  return {
    min: scale.min,
    max: scale.max,
    step: scale.step,
    points: scalePoints(scale).map((point) => {
      const label = labels.find(([key]) => {
        const value = scaleKeyValue(key);
        return value !== null && approxEqual(value, point);
      });
      return { point, label: label?.[1] ?? null };
    }),
  };
}
