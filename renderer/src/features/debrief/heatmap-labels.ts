// The heatmap's column headers: competency names wrapped to the width of their column. One font
// size for all (as large as lets every word fit); a word too long even then is hyphenated.

import { getStringWidth } from '@visx/text';

/** Width in chart units of `text` at `fontSize` (bold). */
export type Measure = (text: string, fontSize: number) => number;

/** Character widths of a wide bold sans (DejaVu Sans Bold), in ems: an upper bound for common UI fonts. */
function estimatedEms(char: string): number {
  if (/[ .,;:'’!|()-]/.test(char)) return 0.38;
  if (/[iljft]/.test(char)) return 0.42;
  if (/[mwMW]/.test(char)) return 1.05;
  if (/[A-Z]/.test(char)) return 0.78;
  return 0.7;
}

/** A measure that needs no browser: an estimate on the wide side, so what fits by it fits on screen. */
export function estimateWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, char) => sum + estimatedEms(char) * fontSize, 0);
}

/** The drawn width in the browser (visx measures an SVG text), the estimate where nothing is drawn (tests). */
export function measureWidth(text: string, fontSize: number): number {
  const measured = getStringWidth(text, { fontSize, fontWeight: 600 });
  return measured !== null && measured > 0 ? measured : estimateWidth(text, fontSize);
}

/** The headers as laid out: one font size, and each name's lines. */
export interface HeaderLayout {
  fontSize: number;
  lines: string[][];
}

/** Splits a word too wide for `width` into hyphenated pieces that fit. */
function hyphenate(word: string, width: number, fontSize: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (rest.length > 3 && measure(rest, fontSize) > width) {
    let cut = rest.length - 1;
    while (cut > 2 && measure(`${rest.slice(0, cut)}-`, fontSize) > width) cut -= 1;
    pieces.push(`${rest.slice(0, cut)}-`);
    rest = rest.slice(cut);
  }
  return [...pieces, rest];
}

/** Ends `line` with an ellipsis, shortened until it fits. */
function ellipsize(line: string, width: number, fontSize: number, measure: Measure): string {
  let text = line.replace(/-$/, '');
  while (text.length > 1 && measure(`${text}…`, fontSize) > width) text = text.slice(0, -1).trimEnd();
  return `${text}…`;
}

/** Greedy word wrap of `name` into at most `maxLines` lines no wider than `width`. */
export function wrapName(
  name: string,
  width: number,
  fontSize: number,
  measure: Measure,
  maxLines: number,
): string[] {
  const words = name
    .split(/\s+/)
    .filter((w) => w !== '')
    .flatMap((w) => hyphenate(w, width, fontSize, measure));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    const joined = last === undefined || last.endsWith('-') ? null : `${last} ${word}`;
    if (joined !== null && measure(joined, fontSize) <= width) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(kept[maxLines - 1], width, fontSize, measure);
  return kept;
}

/** The width of a column: room for the longest word at `fontSize` (plus `margin`), between `min` and `max`. */
export function columnWidthFor(
  names: readonly string[],
  {
    measure = measureWidth,
    fontSize = 15,
    margin = 14,
    min = 124,
    max = 156,
  }: { measure?: Measure; fontSize?: number; margin?: number; min?: number; max?: number } = {},
): number {
  const longest = Math.max(0, ...names.flatMap((n) => n.split(/\s+/)).map((w) => measure(w, fontSize)));
  return Math.min(max, Math.max(min, Math.ceil(longest + margin)));
}

/** Lays out every header in columns `width` wide: the largest size from `maxFont` down to `minFont` at which every word fits (longer words are hyphenated). */
export function layoutHeaders(
  names: readonly string[],
  width: number,
  {
    measure = measureWidth,
    maxFont = 17,
    minFont = 14,
    maxLines = 5,
  }: { measure?: Measure; maxFont?: number; minFont?: number; maxLines?: number } = {},
): HeaderLayout {
  const words = names.flatMap((n) => n.split(/\s+/)).filter((w) => w !== '');
  let fontSize = maxFont;
  while (fontSize > minFont && words.some((w) => measure(w, fontSize) > width)) fontSize -= 1;
  return { fontSize, lines: names.map((n) => wrapName(n, width, fontSize, measure, maxLines)) };
}
