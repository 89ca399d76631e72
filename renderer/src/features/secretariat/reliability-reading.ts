// Plain-language readings of the merge's reliability figures, for people who do not read statistics.
// Bands (lower bound inclusive), chosen from the usual conventions and kept deliberately coarse:
//   Kendall's W (agreement on the order of candidates): >= 0.7 strong, >= 0.5 moderate, >= 0.3 weak, below: little.
//   ICC(2,1) / ICC(2,k) (Koo & Li 2016): >= 0.9 excellent, >= 0.75 good, >= 0.5 moderate, below: poor.
//   Krippendorff's alpha (Krippendorff 2004): >= 0.8 reliable, >= 0.667 tentative, below: unreliable.

import type { Reliability } from '../../../../core/types';
import { translate } from '../../i18n';

export type ReliabilityKey = keyof Reliability;

/** One figure of the merge with its name, value and reading. */
export interface ReliabilityReading {
  key: ReliabilityKey;
  name: string;
  /** What the figure measures, in one phrase. */
  measures: string;
  value: number | null;
  reading: string;
}

function notComputable(key: ReliabilityKey): string {
  return translate(
    key === 'krippendorffAlpha'
      ? 'reliability.notComputable.competencies'
      : 'reliability.notComputable.totals',
  );
}

function kendallBand(w: number): string {
  if (w >= 0.7) return 'strong';
  if (w >= 0.5) return 'moderate';
  if (w >= 0.3) return 'weak';
  return 'little';
}

function iccBand(value: number): 'excellent' | 'good' | 'moderate' | 'poor' {
  if (value >= 0.9) return 'excellent';
  if (value >= 0.75) return 'good';
  if (value >= 0.5) return 'moderate';
  return 'poor';
}

function alphaBand(alpha: number): string {
  if (alpha >= 0.8) return 'reliable';
  if (alpha >= 0.667) return 'tentative';
  return 'unreliable';
}

const BANDS: Record<ReliabilityKey, (x: number) => string> = {
  kendallW: kendallBand,
  icc2k: iccBand,
  icc21: iccBand,
  krippendorffAlpha: alphaBand,
};

/** The four reliability figures of a decision record, each with a one-line plain reading in the interface language. */
export function readReliability(reliability: Reliability): ReliabilityReading[] {
  const order: ReliabilityKey[] = ['kendallW', 'icc2k', 'icc21', 'krippendorffAlpha'];
  return order.map((key) => {
    const value = reliability[key];
    return {
      key,
      name: translate(`reliability.${key}.name`),
      measures: translate(`reliability.${key}.measures`),
      value,
      reading: value === null ? notComputable(key) : translate(`reliability.${key}.${BANDS[key](value)}`),
    };
  });
}
