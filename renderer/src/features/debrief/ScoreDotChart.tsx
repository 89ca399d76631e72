// One candidate's scores as dots on the scale: a row per competency, a dot per member (marked
// A, B, … in panel order), the panel mean as a bar, the consensus score as a ring; divergent rows lit.

import { AxisTop } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Circle, Line } from '@visx/shape';
import { Text } from '@visx/text';
import { scalePoints } from '../../../../core/formats/scale';
import type { ConsensusScore } from '../../../../core/types';
import { useT } from '../../i18n';
import { formatPoint, formatScore } from './debrief-format';
import { type DebriefData, itemKey, memberMark } from './debrief-model';

const WIDTH = 1000;
const LABEL_WIDTH = 360;
// Passed as style so that visx measures the words at the size they are drawn when it wraps them.
const LABEL_STYLE = { fontSize: 21, fontWeight: 600 };
const ROW = 64;
const TOP = 40;
const RIGHT = 30;

interface Props {
  data: DebriefData;
  candidateId: string;
  consensus: readonly ConsensusScore[];
  titleId: string;
}

/**
 * Centres of `n` dots that share the scale point at `centre`: side by side, no wider than `room`,
 * shifted inward at the ends of the scale so no dot leaves the chart.
 */
function clusterCentres(
  centre: number,
  n: number,
  radius: number,
  room: number,
  bounds: [number, number],
): number[] {
  const gap = Math.min(radius * 2.2, n > 1 ? room / (n - 1) : 0);
  const centres = Array.from({ length: n }, (_, i) => centre + (i - (n - 1) / 2) * gap);
  const overRight = centres[n - 1] + radius - bounds[1];
  const overLeft = bounds[0] - (centres[0] - radius);
  const shift = overRight > 0 ? -overRight : overLeft > 0 ? overLeft : 0;
  return centres.map((c) => c + shift);
}

/** The criterion × member dot chart of one candidate (SVG). */
export function ScoreDotChart({ data, candidateId, consensus, titleId }: Props) {
  const t = useT();
  const { exercise, decision } = data;
  const result = decision.candidates.find((c) => c.candidateId === candidateId);
  const points = scalePoints(exercise.scale);
  const height = TOP + ROW * exercise.criteria.length + 10;
  const x = scaleLinear<number>({
    domain: [exercise.scale.min, exercise.scale.max],
    range: [LABEL_WIDTH + 20, WIDTH - RIGHT],
  });
  const y = scaleBand<string>({
    domain: exercise.criteria.map((k) => k.id),
    range: [TOP, height - 10],
    padding: 0.12,
  });
  const stepWidth = points.length > 1 ? x(points[1]) - x(points[0]) : WIDTH;
  const radius = Math.min(13, y.bandwidth() / 2 - 2);
  return (
    <svg
      className="dot-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={titleId}
      preserveAspectRatio="xMinYMin meet"
    >
      <AxisTop
        scale={x}
        top={TOP - 6}
        {...(points.length <= 21 ? { tickValues: points } : {})}
        tickFormat={(v) => formatPoint(Number(v))}
        tickClassName="chart-tick"
        axisClassName="chart-axis"
        hideAxisLine
      />
      {exercise.criteria.map((criterion) => {
        const key = itemKey(candidateId, criterion.id);
        const top = y(criterion.id) ?? 0;
        const middle = top + y.bandwidth() / 2;
        const divergent = data.divergent.has(key);
        const summary = result?.criteria[criterion.id];
        const agreed = consensus.find((c) => c.candidateId === candidateId && c.criterionId === criterion.id);
        const scores = data.scores.get(key) ?? [];
        const byPoint = new Map<number, string[]>();
        for (const s of scores) byPoint.set(s.score, [...(byPoint.get(s.score) ?? []), s.memberId]);
        return (
          <Group key={criterion.id} className={divergent ? 'chart-row chart-row--divergent' : 'chart-row'}>
            {divergent && (
              <Bar x={0} y={top} width={WIDTH} height={y.bandwidth()} className="chart-row__highlight" />
            )}
            <Text
              x={8}
              y={middle}
              width={LABEL_WIDTH - 16}
              verticalAnchor="middle"
              style={LABEL_STYLE}
              className="chart-label"
            >
              {divergent ? `⚠ ${criterion.name}` : criterion.name}
            </Text>
            <Line
              from={{ x: x(exercise.scale.min), y: middle }}
              to={{ x: x(exercise.scale.max), y: middle }}
              className="chart-rail"
            />
            {summary?.mean != null && (
              <Bar
                x={x(summary.mean) - 2}
                y={top + 2}
                width={4}
                height={y.bandwidth() - 4}
                className="chart-mean"
              >
                <title>{t('debrief.chart.mean', { mean: formatScore(summary.mean) })}</title>
              </Bar>
            )}
            {agreed && (
              <Circle cx={x(agreed.score)} cy={middle} r={radius + 5} className="chart-consensus">
                <title>{t('debrief.chart.consensus', { score: formatPoint(agreed.score) })}</title>
              </Circle>
            )}
            {[...byPoint].flatMap(([score, members]) => {
              const centres = clusterCentres(x(score), members.length, radius, stepWidth * 0.8, [
                LABEL_WIDTH,
                WIDTH - 4,
              ]);
              return members.map((memberId, i) => (
                <Group key={memberId} left={centres[i]} top={middle}>
                  <Circle r={radius} className="chart-dot" />
                  <text className="chart-dot__mark" textAnchor="middle" dominantBaseline="central">
                    {memberMark(exercise, memberId)}
                  </text>
                </Group>
              ));
            })}
          </Group>
        );
      })}
    </svg>
  );
}
