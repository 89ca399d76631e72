// How the merge view writes numbers: the same helpers as the debrief, the printed report and the
// CLI (core/report/format.ts), so a number reads the same wherever a person sees it.

import { formatCoefficient, formatScore as formatReportScore, formatSpread as formatReportSpread } from '../../../../core/report/format';

/** `3.67`, or `—` when there is no value. */
export function formatScore(value: number | null): string {
  return formatReportScore(value);
}

/** `0.712`, `−0.104`, or `—` when the figure cannot be computed. */
export function formatFigure(value: number | null): string {
  return formatCoefficient(value);
}

/** `3.20–4.60` for the spread of member totals; one value when they all read the same; `—` for none. */
export function formatSpread(totals: readonly (number | null)[]): string {
  const defined = totals.filter((t): t is number => t !== null);
  if (defined.length === 0) return formatReportSpread(null);
  return formatReportSpread({ min: Math.min(...defined), max: Math.max(...defined) });
}
