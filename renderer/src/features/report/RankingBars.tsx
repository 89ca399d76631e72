/** @jsxRuntime automatic @jsxImportSource react */
// The ranking: one bar per candidate at its panel score, a whisker over the spread of its member
// totals, and the consensus score as a diamond when the debrief moved it.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { formatMoved, formatRank } from '../../../../core/report/format';
import type { ReportCandidate, ReportModel } from '../../../../core/report/report-model';
import { ChartFigure } from './ChartFigure';
import { ChartLabel } from './ChartLabel';
import { ScaleAxis } from './ScaleAxis';
import { useReportText } from './report-i18n';

const WIDTH = 680;
const LEFT = 190;
const RIGHT = 20;
const TOP = 8;
const BOTTOM = 46;
const ROW = 28;

/** The ranking bars (independent and consensus) with their table alternative. */
export function RankingBars({ model }: { model: ReportModel }) {
  const { t, numbers } = useReportText();
  const byId = new Map(model.candidates.map((c) => [c.id, c]));
  const ranked = model.ranking.map((id) => byId.get(id)).filter((c): c is ReportCandidate => c !== undefined);
  const { scale } = model.exercise;
  const height = TOP + BOTTOM + ROW * ranked.length;
  const x = scaleLinear<number>({ domain: [scale.min, scale.max], range: [LEFT, WIDTH - RIGHT] });
  const y = scaleBand<string>({
    domain: ranked.map((c) => c.id),
    range: [TOP, height - BOTTOM],
    padding: 0.25,
  });

  const chart = (
    <Group>
      {ranked.map((c) => {
        const top = y(c.id) ?? 0;
        const mid = top + y.bandwidth() / 2;
        return (
          <Group key={c.id}>
            <ChartLabel x={LEFT - 8} y={mid} maxChars={30} text={`${formatRank(c.rank)}. ${c.name}`} />
            {c.panelScore !== null && (
              <Bar
                x={LEFT}
                y={top}
                width={Math.max(0, x(c.panelScore) - LEFT)}
                height={y.bandwidth()}
                className="chart-bar"
              />
            )}
            {c.totalsRange !== null && (
              <Line
                from={{ x: x(c.totalsRange.min), y: mid }}
                to={{ x: x(c.totalsRange.max), y: mid }}
                className="chart-whisker"
                strokeWidth={2}
              />
            )}
            {c.consensusScore !== null && c.consensusScore !== c.panelScore && (
              <rect
                x={x(c.consensusScore) - 5}
                y={mid - 5}
                width={10}
                height={10}
                transform={`rotate(45 ${x(c.consensusScore)} ${mid})`}
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
        label={t('report.ranking.axis')}
      />
    </Group>
  );

  const table = (
    <table className="report-table">
      <caption>{t('report.ranking.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.ranking.rank')}</th>
          <th scope="col">{t('report.ranking.candidate')}</th>
          <th scope="col">{t('report.ranking.panelScore')}</th>
          <th scope="col">{t('report.ranking.totals')}</th>
          <th scope="col">{t('report.ranking.withConsensus')}</th>
          <th scope="col">{t('report.ranking.rankWithConsensus')}</th>
          <th scope="col">{t('report.ranking.moved')}</th>
        </tr>
      </thead>
      <tbody>
        {ranked.map((c) => (
          <tr key={c.id}>
            <td>{formatRank(c.rank)}</td>
            <th scope="row">{c.name}</th>
            <td>{numbers.score(c.panelScore)}</td>
            <td>{numbers.spread(c.totalsRange)}</td>
            <td>{numbers.score(c.consensusScore)}</td>
            <td>{formatRank(c.consensusRank)}</td>
            <td>{formatMoved(c.moved)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      id="chart-ranking"
      title={t('report.ranking.title')}
      caption={t('report.ranking.caption')}
      width={WIDTH}
      height={height}
      chart={chart}
      table={table}
    />
  );
}
