/**
 * The benchmark registry's contract: each bench/figures/*.ts module exports `figures`, a
 * FigureSet whose measure() returns named figures with units and, where there is one, a target.
 */

/** One measured number. */
export interface Figure {
  /** Stable kebab-case id, the key in `npm run bench -- --json`. */
  name: string;
  /** What it is, for the table. */
  label: string;
  value: number;
  unit: string;
  /** A bound the figure must respect (`max` ≥ value, or `min` ≤ value). */
  target?: { max?: number; min?: number };
}

/** A group of figures measured together (they may share generated input). */
export interface FigureSet {
  title: string;
  measure: (log: (line: string) => void) => Promise<Figure[]>;
}

/** True when the figure respects its target (or has none). */
export function meetsTarget(figure: Figure): boolean {
  const { max, min } = figure.target ?? {};
  return (max === undefined || figure.value <= max) && (min === undefined || figure.value >= min);
}

function formatValue(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1 });
}

function formatTarget(figure: Figure): string {
  const { max, min } = figure.target ?? {};
  if (max !== undefined) return `≤ ${formatValue(max)} ${figure.unit}`;
  if (min !== undefined) return `≥ ${formatValue(min)} ${figure.unit}`;
  return '';
}

/** A plain-text table of figures: label, value, unit, target and whether it is met. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [f.label, formatValue(f.value), f.unit, formatTarget(f), f.target === undefined ? '' : meetsTarget(f) ? 'ok' : 'MISSED']);
  const header = ['Figure', 'Value', 'Unit', 'Target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
