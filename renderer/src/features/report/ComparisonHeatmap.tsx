/** @jsxRuntime automatic @jsxImportSource react */
// Candidates × criteria heatmap of panel means: darker is higher, every cell also carries its
// number so the chart reads in black and white.
import { Group } from '@visx/group';
import { HeatmapRect } from '@visx/heatmap';
import { scaleLinear } from '@visx/scale';
import type { ReportCandidate, ReportModel } from '../../../../core/report/report-model';
import { ChartFigure } from './ChartFigure';
import { ChartLabel } from './ChartLabel';
import { useReportText } from './report-i18n';

const WIDTH = 680;
const LEFT = 210;
const TOP = 110;
const ROW = 34;

interface Cell {
  criterionId: string;
  mean: number | null;
}
interface Column {
  candidate: ReportCandidate;
  cells: Cell[];
}

/** The comparison heatmap of panel means with its table alternative. */
export function ComparisonHeatmap({ model }: { model: ReportModel }) {
  const { t, numbers } = useReportText();
  const { scale, criteria } = model.exercise;
  // Columns are candidates (HeatmapRect lays bins out per column), rows are criteria.
  const columns: Column[] = model.candidates.map((candidate) => ({
    candidate,
    cells: candidate.criteria.map((k) => ({ criterionId: k.criterionId, mean: k.mean })),
  }));
  // Room on the right for the last slanted candidate name.
  const binWidth = Math.min(90, (WIDTH - LEFT - 80) / Math.max(1, columns.length));
  const height = TOP + ROW * criteria.length + 8;
  const shade = scaleLinear<string>({ domain: [scale.min, scale.max], range: ['#f2f2f2', '#1a1a1a'] });
  const dark = (mean: number | null) => mean !== null && mean > scale.min + (scale.max - scale.min) * 0.55;

  const chart = (
    <Group>
      {columns.map((c, i) => (
        <text
          key={c.candidate.id}
          x={LEFT + binWidth * i + binWidth / 2}
          y={TOP - 6}
          transform={`rotate(-35 ${LEFT + binWidth * i + binWidth / 2} ${TOP - 6})`}
          textAnchor="start"
          fontSize={11}
          className="chart-label"
        >
          {c.candidate.name}
        </text>
      ))}
      {criteria.map((k, j) => (
        <ChartLabel key={k.id} x={LEFT - 8} y={TOP + ROW * j + ROW / 2} maxChars={32} text={k.name} />
      ))}
      <HeatmapRect<Column, Cell>
        data={columns}
        bins={(column) => column.cells}
        count={(cell) => cell.mean ?? Number.NaN}
        xScale={(i) => LEFT + binWidth * i}
        yScale={(j) => TOP + ROW * j}
        binWidth={binWidth}
        binHeight={ROW}
        gap={2}
      >
        {(heatmap) =>
          heatmap.flat().map((cell) => (
            <Group key={`${cell.column}-${cell.row}`}>
              <rect
                x={cell.x}
                y={cell.y}
                width={cell.width}
                height={cell.height}
                fill={cell.bin.mean === null ? '#ffffff' : shade(cell.bin.mean)}
                className="chart-cell"
              />
              <text
                x={cell.x + cell.width / 2}
                y={cell.y + cell.height / 2}
                dy="0.35em"
                textAnchor="middle"
                fontSize={11}
                className={
                  dark(cell.bin.mean) ? 'chart-cell-text chart-cell-text--on-dark' : 'chart-cell-text'
                }
              >
                {numbers.score(cell.bin.mean)}
              </text>
            </Group>
          ))
        }
      </HeatmapRect>
    </Group>
  );

  const table = (
    <table className="report-table">
      <caption>{t('report.heatmap.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.heatmap.criterion')}</th>
          {model.candidates.map((c) => (
            <th scope="col" key={c.id}>
              {c.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {criteria.map((k, j) => (
          <tr key={k.id}>
            <th scope="row">{k.name}</th>
            {model.candidates.map((c) => (
              <td key={c.id}>{numbers.score(c.criteria[j].mean)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <ChartFigure
      id="chart-comparison"
      title={t('report.heatmap.title')}
      caption={t('report.heatmap.caption')}
      width={WIDTH}
      height={height}
      chart={chart}
      table={table}
    />
  );
}
