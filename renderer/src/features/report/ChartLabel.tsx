/** @jsxRuntime automatic @jsxImportSource react */
// Axis-side labels that wrap onto several lines by word count, because wrapping by measured width
// (as @visx/text does) needs a DOM, and the report is also rendered in Node without one.

/** Splits `text` into lines of at most `maxChars` characters at spaces (a longer word stays whole). */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= maxChars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.length === 0 ? [''] : lines;
}

const LINE_HEIGHT = 1.15;

/** A label centred vertically on (x, y), right-aligned, wrapped to `maxChars` per line. */
export function ChartLabel({
  x,
  y,
  text,
  maxChars,
  fontSize = 11,
}: {
  x: number;
  y: number;
  text: string;
  maxChars: number;
  fontSize?: number;
}) {
  const lines = wrapWords(text, maxChars);
  const firstDy = -((lines.length - 1) * LINE_HEIGHT) / 2 + 0.35;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={fontSize} className="chart-label">
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? firstDy : LINE_HEIGHT}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
