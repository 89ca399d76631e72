// Number and text formatting shared by the debrief screens, the printed report and the CLI, so
// that the same number always reads the same wherever a person sees it.

/** Placeholder for a number that does not exist (no scores, statistic undefined). */
export const MISSING = '—';

/** A panel score, criterion mean or member total to two decimals: `3.45`; `—` when null. */
export function formatScore(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? MISSING : x.toFixed(2);
}

/** `3.20–4.60` for a spread of member totals; one value when both ends are equal; `—` for none. */
export function formatSpread(range: { min: number; max: number } | null): string {
  if (range === null) return MISSING;
  return formatScore(range.min) === formatScore(range.max)
    ? formatScore(range.min)
    : `${formatScore(range.min)}–${formatScore(range.max)}`;
}

/** A scale point as people write it: `3`, `2.5` (no floating-point noise); `—` when null. */
export function formatPoint(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? MISSING : String(Number(x.toFixed(9)));
}

/** A reliability coefficient to three decimals, as the merge view shows it: `0.528`, `−0.104` (true minus sign); `—` when null. */
export function formatCoefficient(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return MISSING;
  const text = x.toFixed(3);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** A rank: `1`; `—` when the candidate has none. */
export function formatRank(rank: number | null | undefined): string {
  return rank === null || rank === undefined ? MISSING : String(rank);
}

/** How many places a candidate moved with consensus: `▲ 2`, `▼ 1`, `=`; `—` when unknown. */
export function formatMoved(moved: number | null | undefined): string {
  if (moved === null || moved === undefined) return MISSING;
  if (moved === 0) return '=';
  return moved > 0 ? `▲ ${moved}` : `▼ ${-moved}`;
}

/** A weight as a share of all weights, `25%` (one decimal below 10%); `—` when the total is not positive. */
export function formatShare(weight: number, total: number): string {
  if (!(total > 0)) return MISSING;
  const percent = (weight / total) * 100;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

/** The number formats of one locale: the digits of the functions above, with the locale's decimal separator. */
export interface NumberFormats {
  score: (x: number | null | undefined) => string;
  spread: (range: { min: number; max: number } | null) => string;
  point: (x: number | null | undefined) => string;
  coefficient: (x: number | null | undefined) => string;
}

/**
 * Number formats for `locale` (`3,45` in fr-FR). The digits always come from the English functions, so
 * a number rounds the same in every language and in the CLI; only the decimal separator changes.
 */
export function numberFormats(locale: string): NumberFormats {
  let formats = formatsByLocale.get(locale);
  if (formats === undefined) {
    formats = makeNumberFormats(locale);
    formatsByLocale.set(locale, formats);
  }
  return formats;
}

const formatsByLocale = new Map<string, NumberFormats>();

function makeNumberFormats(locale: string): NumberFormats {
  const separator =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  const local = (text: string): string => (separator === '.' ? text : text.replaceAll('.', separator));
  return {
    score: (x) => local(formatScore(x)),
    spread: (range) => local(formatSpread(range)),
    point: (x) => local(formatPoint(x)),
    coefficient: (x) => local(formatCoefficient(x)),
  };
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** `4 May 2026 at 09:00 UTC` from an ISO timestamp; the input itself when it is not a date. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${dateTime.format(date)} UTC`;
}

/** `A`, `B`, … `Z`, `AA`: the letter that stands for the i-th member (0-based) when names are hidden. */
export function memberLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}
