import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DebriefData } from '../../../renderer/src/features/debrief/debrief-model';
import {
  columnWidthFor,
  estimateWidth,
  layoutHeaders,
  wrapName,
} from '../../../renderer/src/features/debrief/heatmap-labels';
import { MeansHeatmap } from '../../../renderer/src/features/debrief/MeansHeatmap';
import { demoDebrief } from './demo-debrief';

let data: DebriefData;

beforeAll(async () => {
  ({ data } = await demoDebrief());
}, 60_000);

afterEach(cleanup);

const fits = (lines: string[], width: number, size: number) =>
  lines.every((l) => estimateWidth(l, size) <= width);

describe('wrapName', () => {
  it('wraps a name at spaces into lines no wider than the column', () => {
    const lines = wrapName('Interface with the international community', 120, 14, estimateWidth, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(fits(lines, 120, 14)).toBe(true);
    expect(lines.join(' ')).toBe('Interface with the international community');
  });

  it('hyphenates a single word wider than the column, keeping every letter', () => {
    const lines = wrapName('Communication', 60, 14, estimateWidth, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Communication');
    expect(fits(lines, 60, 14)).toBe(true);
  });

  it('ends a name longer than the lines allowed with an ellipsis', () => {
    const lines = wrapName('one two three four five six seven eight nine ten', 50, 14, estimateWidth, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
    expect(fits(lines, 50, 14)).toBe(true);
  });
});

describe('layoutHeaders', () => {
  it('picks the largest font size at which every word of every name fits its column', () => {
    const names = ['Communication', 'Integrity and ethics'];
    const width = estimateWidth('Communication', 15);
    const layout = layoutHeaders(names, width, { measure: estimateWidth });
    expect(layout.fontSize).toBe(15);
    expect(layout.lines).toEqual([['Communication'], ['Integrity and', 'ethics']]);
  });

  it('keeps the largest size when every word fits', () => {
    expect(layoutHeaders(['Budget'], 500, { measure: estimateWidth }).fontSize).toBe(17);
  });
});

describe('columnWidthFor', () => {
  it('widens the columns for the longest word, within their bounds', () => {
    const measure = estimateWidth;
    expect(columnWidthFor(['Team work'], { measure })).toBe(124);
    const wide = columnWidthFor(['Strategic communication'], { measure });
    expect(wide).toBeGreaterThanOrEqual(estimateWidth('communication', 15));
    expect(wide).toBeLessThan(156);
    expect(columnWidthFor(['Interdepartmentalcoordinationcapacity'], { measure })).toBe(156);
  });
});

describe('MeansHeatmap', { timeout: 20_000 }, () => {
  it('draws each competency header inside its column, with the full name as its title', () => {
    const long: DebriefData = {
      ...data,
      exercise: {
        ...data.exercise,
        criteria: data.exercise.criteria.map((k, i) =>
          i === 0 ? { ...k, name: 'Interdepartmentalcoordinationcapacity' } : k,
        ),
      },
    };
    const { container } = render(<MeansHeatmap data={long} rows={long.decision.candidates} titleId="t" />);
    const headers = [...container.querySelectorAll('text.heat-header')];
    expect(headers.map((h) => h.querySelector('title')?.textContent)).toEqual(
      long.exercise.criteria.map((k) => k.name),
    );
    const cell = container.querySelector('rect.heat-cell')!;
    const width = Number(cell.getAttribute('width'));
    for (const header of headers) {
      const size = Number.parseFloat((header as SVGTextElement).style.fontSize);
      const lines = [...header.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
      expect(fits(lines, width, size), lines.join(' | ')).toBe(true);
    }
    const first = [...headers[0].querySelectorAll('tspan')].map((t) => t.textContent);
    expect(first.length).toBeGreaterThan(1);
    expect(first[0]?.endsWith('-')).toBe(true);
  });
});
