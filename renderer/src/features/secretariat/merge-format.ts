// How the merge view writes numbers: the same helpers as the debrief, the printed report and the
// CLI (core/report/format.ts), with the interface language's decimal separator.

import { numberFormats } from '../../../../core/report/format';
import { intlLocale } from '../../i18n';

/** `3.67` (`3,67` in French), or `—` when there is no value. */
export function formatScore(value: number | null): string {
  return numberFormats(intlLocale()).score(value);
}

/** `0.712`, `−0.104` (`0,712` in French), or `—` when the figure cannot be computed. */
export function formatFigure(value: number | null): string {
  return numberFormats(intlLocale()).coefficient(value);
}

/** `3.20–4.60` for the spread of member totals; one value when they all read the same; `—` for none. */
export function formatSpread(totals: readonly (number | null)[]): string {
  const defined = totals.filter((t): t is number => t !== null);
  const range = defined.length === 0 ? null : { min: Math.min(...defined), max: Math.max(...defined) };
  return numberFormats(intlLocale()).spread(range);
}
