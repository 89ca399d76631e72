// The comparison heatmap: candidates × competencies, each cell the panel mean from core's merge,
// darker for higher; the value is written in the cell so colour is never the only cue.

import { Group } from '@visx/group';
import { Fragment } from 'react';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { Text } from '@visx/text';
import type { DecisionCandidate } from '../../../../core/types';
import { formatScore } from '../../../../core/report/format';
import { type DebriefData, candidateName, itemKey } from './debrief-model';

const LABEL_WIDTH = 240;
const HEADER = 130;
// Passed as style so that visx measures the words at the size they are drawn when it wraps them.
const HEADER_STYLE = { fontSize: 17, fontWeight: 600 };
const CELL_HEIGHT = 40;
const CELL_WIDTH = 124;

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
  const width = Math.max(760, LABEL_WIDTH + CELL_WIDTH * exercise.criteria.length);
  const height = HEADER + CELL_HEIGHT * rows.length;
  const x = scaleBand<string>({
    domain: exercise.criteria.map((k) => k.id),
    range: [LABEL_WIDTH, width],
    padding: 0.04,
  });
  const y = scaleBand<string>({
    domain: rows.map((c) => c.candidateId),
    range: [HEADER, height],
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
      {exercise.criteria.map((criterion) => (
        <Text
          key={criterion.id}
          x={(x(criterion.id) ?? 0) + x.bandwidth() / 2}
          y={HEADER - 8}
          width={x.bandwidth() - 4}
          textAnchor="middle"
          verticalAnchor="end"
          style={HEADER_STYLE}
          className="chart-label chart-label--small"
        >
          {criterion.name}
        </Text>
      ))}
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
