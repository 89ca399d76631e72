// The comparison heatmap: candidates × competencies, each cell the panel mean from core's merge,
// darker for higher; the value is written in the cell so colour is never the only cue.

import { Group } from '@visx/group';
import { Fragment, useMemo } from 'react';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { DecisionCandidate } from '../../../../core/types';
import { formatScore } from './debrief-format';
import { type DebriefData, candidateName, itemKey } from './debrief-model';
import { columnWidthFor, layoutHeaders } from './heatmap-labels';

const LABEL_WIDTH = 260;
const CELL_HEIGHT = 40;

/** A name that fits the label column (about 20 characters), shortened with an ellipsis. */
function shortName(name: string): string {
  return name.length <= 21 ? name : `${name.slice(0, 20).trimEnd()}…`;
}

/** Lightness of a cell at `share` (0 lowest score, 1 highest) of the scale: light to deep blue. */
function cellLightness(share: number): number {
  return 94 - share * 64;
}

/** Candidates (the `rows` given) × competencies heatmap of panel means (SVG). */
export function MeansHeatmap({
  data,
  rows,
  titleId,
}: {
  data: DebriefData;
  rows: readonly DecisionCandidate[];
  titleId: string;
}) {
  const { exercise } = data;
  // Columns wide enough for the longest word of a competency name at a legible size, within bounds.
  const names = useMemo(() => exercise.criteria.map((k) => k.name), [exercise.criteria]);
  const cellWidth = useMemo(() => columnWidthFor(names), [names]);
  const width = Math.max(760, LABEL_WIDTH + cellWidth * exercise.criteria.length);
  const x = scaleBand<string>({
    domain: exercise.criteria.map((k) => k.id),
    range: [LABEL_WIDTH, width],
    padding: 0.04,
  });
  // Headers wrap to their column (long words hyphenated); the full name is in each one's <title>.
  const columnWidth = x.bandwidth() - 6;
  const header = useMemo(() => layoutHeaders(names, columnWidth), [names, columnWidth]);
  const lineHeight = Math.round(header.fontSize * 1.15);
  const headerHeight = Math.max(60, Math.max(1, ...header.lines.map((l) => l.length)) * lineHeight + 16);
  const height = headerHeight + CELL_HEIGHT * rows.length;
  const y = scaleBand<string>({
    domain: rows.map((c) => c.candidateId),
    range: [headerHeight, height],
    padding: 0.06,
  });
  const share = scaleLinear<number>({
    domain: [exercise.scale.min, exercise.scale.max],
    range: [0, 1],
    clamp: true,
  });
  return (
    <svg
      className="heatmap"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      {exercise.criteria.map((criterion, i) => {
        const centre = (x(criterion.id) ?? 0) + x.bandwidth() / 2;
        const lines = header.lines[i];
        return (
          <text
            key={criterion.id}
            textAnchor="middle"
            style={{ fontSize: header.fontSize, fontWeight: 600 }}
            className="chart-label heat-header"
          >
            <title>{criterion.name}</title>
            {lines.map((line, n) => (
              <tspan key={n} x={centre} y={headerHeight - 10 - (lines.length - 1 - n) * lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
      {rows.map((candidate) => {
        const top = y(candidate.candidateId) ?? 0;
        return (
          <Group key={candidate.candidateId}>
            {/* Plain text: measuring every name to wrap it (visx Text) costs seconds for hundreds of candidates. */}
            <text
              x={8}
              y={top + y.bandwidth() / 2}
              dominantBaseline="central"
              className="chart-label heat-name"
            >
              {shortName(candidateName(exercise, candidate.candidateId))}
              <title>{candidateName(exercise, candidate.candidateId)}</title>
            </text>
            {exercise.criteria.map((criterion) => {
              const mean = candidate.criteria[criterion.id]?.mean ?? null;
              const left = x(criterion.id) ?? 0;
              const lightness = cellLightness(mean === null ? 0 : share(mean));
              const divergent = data.divergent.has(itemKey(candidate.candidateId, criterion.id));
              return (
                <Fragment key={criterion.id}>
                  <Bar
                    x={left}
                    y={top}
                    width={x.bandwidth()}
                    height={y.bandwidth()}
                    fill={mean === null ? 'none' : `hsl(215 70% ${lightness.toFixed(1)}%)`}
                    className={divergent ? 'heat-cell heat-cell--divergent' : 'heat-cell'}
                  />
                  <text
                    x={left + x.bandwidth() / 2}
                    y={top + y.bandwidth() / 2}
                    textAnchor="middle"
                    dominantBaseline="central"
                    className={
                      mean !== null && lightness < 50 ? 'heat-value heat-value--on-dark' : 'heat-value'
                    }
                  >
                    {formatScore(mean)}
                  </text>
                </Fragment>
              );
            })}
          </Group>
        );
      })}
    </svg>
  );
}
