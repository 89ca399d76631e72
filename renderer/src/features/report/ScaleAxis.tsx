/** @jsxRuntime automatic @jsxImportSource react */
// The score axis under the report's charts: @visx/axis for the line and ticks, with plain SVG text
// for the labels, because @visx/text writes inline style attributes that the app's CSP refuses.
import { AxisBottom } from '@visx/axis';
import type { TickRendererProps } from '@visx/axis';
import type { scaleLinear } from '@visx/scale';
import { useReportText } from './report-i18n';

function Tick({ x, y, formattedValue }: TickRendererProps) {
  return (
    <text x={x} y={y} dy="0.35em" textAnchor="middle" fontSize={11}>
      {formattedValue}
    </text>
  );
}

/** A bottom axis with a tick at each scale point and a label centred under it. */
export function ScaleAxis({
  top,
  scale,
  points,
  label,
}: {
  top: number;
  scale: ReturnType<typeof scaleLinear<number>>;
  points: number[];
  label: string;
}) {
  const [left, right] = scale.range();
  const { numbers } = useReportText();
  return (
    <>
      <AxisBottom
        top={top}
        scale={scale}
        tickValues={points}
        tickFormat={(v) => numbers.point(Number(v))}
        tickComponent={Tick}
      />
      <text x={(left + right) / 2} y={top + 34} textAnchor="middle" fontSize={11}>
        {label}
      </text>
    </>
  );
}
