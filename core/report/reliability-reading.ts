// Plain-language readings of the decision's reliability coefficients, for people who do not read
// statistics: what each measures and how strong the value is, by published conventions.
import type { Reliability } from '../types';

/** One coefficient as the report shows it. */
export interface ReliabilityReading {
  key: keyof Reliability;
  /** e.g. `ICC(2,1)`. */
  label: string;
  /** What it measures, in one sentence. */
  measures: string;
  value: number | null;
  /** e.g. `moderate agreement`; says why there is no value when it is null. */
  reading: string;
}

type Band = readonly [lowerBound: number, words: string];

// ICC: Koo & Li (2016). Kendall's W: Schmidt (1997). Krippendorff's alpha: Krippendorff (2004).
const ICC_BANDS: readonly Band[] = [[0.9, 'excellent agreement'], [0.75, 'good agreement'], [0.5, 'moderate agreement'], [-Infinity, 'poor agreement']];
const W_BANDS: readonly Band[] = [[0.9, 'very strong agreement on the order'], [0.7, 'strong agreement on the order'], [0.5, 'moderate agreement on the order'], [0.3, 'weak agreement on the order'], [-Infinity, 'very weak agreement on the order']];
const ALPHA_BANDS: readonly Band[] = [[0.8, 'reliable'], [0.667, 'acceptable only for tentative conclusions'], [-Infinity, 'not reliable']];

function band(value: number | null, bands: readonly Band[]): string {
  if (value === null) return 'not defined for these scores (too few candidates, members or differences between them)';
  return bands.find(([lower]) => value >= lower)?.[1] ?? bands[bands.length - 1][1];
}

/** The four coefficients of a decision record with what each measures and a plain reading. */
export function reliabilityReadings(reliability: Reliability): ReliabilityReading[] {
  return [
    { key: 'icc21', label: 'ICC(2,1)', measures: 'How far one member’s total agrees with another’s on the same candidate.', value: reliability.icc21, reading: band(reliability.icc21, ICC_BANDS) },
    { key: 'icc2k', label: 'ICC(2,k)', measures: 'How dependable the panel’s average is, taking all members together.', value: reliability.icc2k, reading: band(reliability.icc2k, ICC_BANDS) },
    { key: 'kendallW', label: 'Kendall’s W', measures: 'How far the members put the candidates in the same order.', value: reliability.kendallW, reading: band(reliability.kendallW, W_BANDS) },
    { key: 'krippendorffAlpha', label: 'Krippendorff’s α', measures: 'How far members agree on each criterion score, beyond chance.', value: reliability.krippendorffAlpha, reading: band(reliability.krippendorffAlpha, ALPHA_BANDS) },
  ];
}
