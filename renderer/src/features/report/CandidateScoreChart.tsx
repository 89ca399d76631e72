/** @jsxRuntime automatic @jsxImportSource react */
// Per candidate: criteria down, the scale across; each member's score a dot (or, without the
// sheets, the min–max range), the panel mean a bar, a consensus score a diamond, divergent rows shaded.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Circle, Line } from '@visx/shape';
import type { ReportCandidate, ReportModel } from '../../../../core/report/report-model';
import { ChartFigure } from './ChartFigure';
import { ChartLabel } from './ChartLabel';
import { ScaleAxis } from './ScaleAxis';
import { useReportText } from './report-i18n';

const WIDTH = 680;
const ROW = 44;
const LEFT = 220;
const RIGHT = 20;
const TOP = 8;
const BOTTOM = 46;

/** The criterion × member dot chart of one candidate, with its table alternative. */
export function CandidateScoreChart({
  candidate,
  model,
}: {
  candidate: ReportCandidate;
  model: ReportModel;
}) {
  const { t, member, numbers } = useReportText();
  const { scale } = model.exercise;
  const height = TOP + BOTTOM + ROW * candidate.criteria.length;
  const x = scaleLinear<number>({ domain: [scale.min, scale.max], range: [LEFT, WIDTH - RIGHT] });
  const y = scaleBand<string>({
    domain: candidate.criteria.map((k) => k.criterionId),
    range: [TOP, height - BOTTOM],
    padding: 0.15,
  });
  const memberCount = model.inputs.length;
  const labels = new Map(model.inputs.map((i) => [i.memberId, member(i.label)]));
  const withDots = candidate.criteria.some((k) => k.scores !== null);

  const chart = (
    <Group>
      {candidate.criteria.map((k) => {
        const top = y(k.criterionId) ?? 0;
        const mid = top + y.bandwidth() / 2;
        return (
          <Group key={k.criterionId} className={k.divergent ? 'chart-row chart-row--divergent' : 'chart-row'}>
            {k.divergent && (
              <Bar
                x={LEFT}
                y={top}
                width={WIDTH - RIGHT - LEFT}
                height={y.bandwidth()}
                className="chart-divergent-band"
              />
            )}
            <ChartLabel x={LEFT - 8} y={mid} maxChars={34} text={`${k.divergent ? '⚑ ' : ''}${k.name}`} />
            {k.min !== null && k.max !== null && (
              <Line
                from={{ x: x(k.min), y: mid }}
                to={{ x: x(k.max), y: mid }}
                className="chart-range"
                strokeWidth={withDots ? 1 : 4}
              />
            )}
            {k.mean !== null && (
              <Line
                from={{ x: x(k.mean), y: top + 2 }}
                to={{ x: x(k.mean), y: top + y.bandwidth() - 2 }}
                className="chart-mean"
                strokeWidth={2}
              />
            )}
            {k.scores?.map((s, i) =>
              s.score === null ? null : (
                <Circle
                  key={s.memberId}
                  cx={x(s.score)}
                  cy={top + ((i + 1) * y.bandwidth()) / (memberCount + 1)}
                  r={3}
                  className="chart-dot"
                >
                  <title>{`${labels.get(s.memberId) ?? s.memberId}: ${numbers.point(s.score)}`}</title>
                </Circle>
              ),
            )}
            {k.consensus !== null && (
              <rect
                x={x(k.consensus.score) - 5}
                y={mid - 5}
                width={10}
                height={10}
                transform={`rotate(45 ${x(k.consensus.score)} ${mid})`}
                className="chart-consensus"
              />
            )}
          </Group>
        );
      })}
      <ScaleAxis
        top={height - BOTTOM}
        scale={x}
        points={scale.points.map((p) => p.point)}
        label={t('report.chart.axis')}
      />
    </Group>
  );

  const table = (
    <table className="report-table">
      <caption>{t('report.chart.table', { name: candidate.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.chart.criterion')}</th>
          <th scope="col">{t('report.chart.weight')}</th>
          <th scope="col">{t('report.chart.mean')}</th>
          <th scope="col">{t('report.chart.min')}</th>
          <th scope="col">{t('report.chart.max')}</th>
          <th scope="col">{t('report.chart.n')}</th>
          {withDots &&
            model.inputs.map((i) => (
              <th scope="col" key={i.memberId}>
                {member(i.label)}
              </th>
            ))}
          <th scope="col">{t('report.chart.consensus')}</th>
        </tr>
      </thead>
      <tbody>
        {candidate.criteria.map((k) => (
          <tr key={k.criterionId} className={k.divergent ? 'row--divergent' : undefined}>
            <th scope="row">
              {k.name}
              {k.divergent && <span className="report-flag">{t('report.chart.divergent')}</span>}
            </th>
            <td>{numbers.point(k.weight)}</td>
            <td>{numbers.score(k.mean)}</td>
            <td>{numbers.point(k.min)}</td>
            <td>{numbers.point(k.max)}</td>
            <td>{k.n}</td>
            {withDots && (k.scores ?? []).map((s) => <td key={s.memberId}>{numbers.point(s.score)}</td>)}
            <td>{k.consensus === null ? '—' : numbers.point(k.consensus.score)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      id={`chart-${candidate.id}`}
      title={t(withDots ? 'report.chart.titleWithMembers' : 'report.chart.title', { name: candidate.name })}
      caption={t(withDots ? 'report.chart.captionDots' : 'report.chart.captionRanges')}
      width={WIDTH}
      height={height}
      chart={chart}
      table={table}
    />
  );
}
