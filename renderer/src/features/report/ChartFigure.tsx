/** @jsxRuntime automatic @jsxImportSource react */
// A chart as the report prints it: a figure with a caption, the SVG named for screen readers, and
// the same numbers as a table (the accessible alternative, and what an auditor reads).
import type { ReactNode } from 'react';

export interface ChartFigureProps {
  /** Unique within the document: ids of the title and caption derive from it. */
  id: string;
  /** Short accessible name of the chart, e.g. "Scores of Ana Lima by criterion and member". */
  title: string;
  /** What the chart shows and how to read it. */
  caption: string;
  width: number;
  height: number;
  chart: ReactNode;
  /** The table alternative with the same numbers. */
  table: ReactNode;
}

/** A captioned SVG chart followed by its table alternative. */
export function ChartFigure({ id, title, caption, width, height, chart, table }: ChartFigureProps) {
  return (
    <figure className="report-figure" aria-labelledby={`${id}-caption`}>
      <svg
        className="report-chart"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-caption`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        <title id={`${id}-title`}>{title}</title>
        {chart}
      </svg>
      <figcaption id={`${id}-caption`} className="report-caption">
        {caption}
      </figcaption>
      <div className="report-table-alternative">{table}</div>
    </figure>
  );
}
