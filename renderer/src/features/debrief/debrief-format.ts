// How the debrief writes numbers: the digits of core/report/format.ts (two decimals for scores,
// three for coefficients, `—` for none) with the interface language's decimal separator (`3,45` in French).

import { MISSING, numberFormats } from '../../../../core/report/format';
import { intlLocale } from '../../i18n';

/** A panel score, mean or member total to two decimals: `3.45` (`3,45` in French); `—` when null. */
export function formatScore(x: number | null | undefined): string {
  return numberFormats(intlLocale()).score(x);
}

/** A scale point as people write it: `3`, `2.5` (`2,5` in French); `—` when null. */
export function formatPoint(x: number | null | undefined): string {
  return numberFormats(intlLocale()).point(x);
}

/** `3.20–4.60` for a spread; one value when both ends read the same; `—` for none. */
export function formatSpread(range: { min: number; max: number } | null): string {
  return numberFormats(intlLocale()).spread(range);
}

/** `2–4` for the range of scale points given; `—` when there is none. */
export function formatPointRange(min: number | null | undefined, max: number | null | undefined): string {
  const isNumber = (x: number | null | undefined): x is number =>
    x !== null && x !== undefined && Number.isFinite(x);
  return isNumber(min) && isNumber(max) ? `${formatPoint(min)}–${formatPoint(max)}` : MISSING;
}

/** A reliability coefficient to three decimals with a true minus sign: `−0.104` (`−0,104` in French); `—` when null. */
export function formatCoefficient(x: number | null | undefined): string {
  return numberFormats(intlLocale()).coefficient(x);
}
