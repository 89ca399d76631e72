// Plain-language readings of the merge's reliability figures, for people who do not read statistics.
// Bands (lower bound inclusive), chosen from the usual conventions and kept deliberately coarse:
//   Kendall's W (agreement on the order of candidates): >= 0.7 strong, >= 0.5 moderate, >= 0.3 weak, below: little.
//   ICC(2,1) / ICC(2,k) (Koo & Li 2016): >= 0.9 excellent, >= 0.75 good, >= 0.5 moderate, below: poor.
//   Krippendorff's alpha (Krippendorff 2004): >= 0.8 reliable, >= 0.667 tentative, below: unreliable.

import type { Reliability } from '../../../../core/types';

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

const NOT_COMPUTABLE: Record<ReliabilityKey, string> = {
  kendallW: 'Cannot be computed yet: it needs at least two members with complete totals for at least two candidates, not all equal.',
  icc21: 'Cannot be computed yet: it needs at least two members with complete totals for at least two candidates, not all equal.',
  icc2k: 'Cannot be computed yet: it needs at least two members with complete totals for at least two candidates, not all equal.',
  krippendorffAlpha: 'Cannot be computed yet: it needs competencies scored by at least two members, not all with the same score.',
};

function kendallReading(w: number): string {
  if (w >= 0.7) return 'Members largely agree on the order of candidates.';
  if (w >= 0.5) return 'Members moderately agree on the order of candidates.';
  if (w >= 0.3) return 'Members agree only weakly on the order of candidates: discuss the ranking.';
  return 'Members order the candidates very differently: the ranking needs discussion before it is relied on.';
}

function iccBand(value: number): 'excellent' | 'good' | 'moderate' | 'poor' {
  if (value >= 0.9) return 'excellent';
  if (value >= 0.75) return 'good';
  if (value >= 0.5) return 'moderate';
  return 'poor';
}

const PANEL_AVERAGE = {
  excellent: 'The panel’s average totals are highly reliable.',
  good: 'The panel’s average totals are reliable.',
  moderate: 'The panel’s average totals are only moderately reliable.',
  poor: 'The panel’s average totals are unreliable: look at where members’ totals differ.',
};

const SINGLE_MEMBER = {
  excellent: 'Members’ individual totals agree very closely.',
  good: 'Members’ individual totals agree well.',
  moderate: 'Members’ individual totals agree moderately.',
  poor: 'Members’ individual totals differ a lot from one another.',
};

function alphaReading(alpha: number): string {
  if (alpha >= 0.8) return 'Scores on individual competencies are consistent across members.';
  if (alpha >= 0.667) return 'Scores on individual competencies are fairly consistent; check the divergences listed.';
  return 'Members score individual competencies quite differently: discuss the divergences before deciding.';
}

/** The four reliability figures of a decision record, each with a one-line plain reading. */
export function readReliability(reliability: Reliability): ReliabilityReading[] {
  const read = (key: ReliabilityKey, name: string, measures: string, interpret: (x: number) => string): ReliabilityReading => {
    const value = reliability[key];
    return { key, name, measures, value, reading: value === null ? NOT_COMPUTABLE[key] : interpret(value) };
  };
  return [
    read('kendallW', 'Kendall’s W', 'agreement on the order of candidates', kendallReading),
    read('icc2k', 'ICC(2,k)', 'reliability of the panel’s average totals', (x) => PANEL_AVERAGE[iccBand(x)]),
    read('icc21', 'ICC(2,1)', 'agreement of single members’ totals', (x) => SINGLE_MEMBER[iccBand(x)]),
    read('krippendorffAlpha', 'Krippendorff’s α', 'agreement on each competency score', alphaReading),
  ];
}
