// How the merge view writes numbers: two decimals for scores and totals (the decision record
// keeps full precision; the exported file is the reference), three for reliability figures.

/** `3.67`, or `—` when there is no value. */
export function formatScore(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

/** `0.712`, or `—` when the figure cannot be computed. */
export function formatFigure(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

/** `3.20–4.60` for the spread of member totals; one value when they are all equal; `—` for none. */
export function formatSpread(totals: readonly (number | null)[]): string {
  const defined = totals.filter((t): t is number => t !== null);
  if (defined.length === 0) return '—';
  const min = Math.min(...defined);
  const max = Math.max(...defined);
  return min === max ? formatScore(min) : `${formatScore(min)}–${formatScore(max)}`;
}
