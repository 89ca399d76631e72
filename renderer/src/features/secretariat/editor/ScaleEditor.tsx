// The scale: a preset (1–5, the four levels, or a custom range in half points) and a label
// for each point.

import { scalePoints } from '../../../../../core/formats/scale';
import type { Scale } from '../../../../../core/types';
import { formatPoint, textForPoint } from '../../../app/exercise/scale-text';
import { type ScalePreset, parseNumber } from './draft';

const PRESETS: { value: ScalePreset; label: string }[] = [
  { value: 'five', label: '1 to 5' },
  { value: 'four', label: 'Four levels: Unsatisfactory to Outstanding' },
  { value: 'custom', label: 'Custom range, in half points' },
];

interface Props {
  preset: ScalePreset;
  scale: Scale;
  onPreset: (preset: ScalePreset) => void;
  onScale: (scale: Scale) => void;
}

function pointsOf(scale: Scale): number[] {
  try {
    return scalePoints(scale);
  } catch {
    return [];
  }
}

/** Chooses and labels the scale. */
export function ScaleEditor({ preset, scale, onPreset, onScale }: Props) {
  const points = pointsOf(scale);
  const bound = (key: 'min' | 'max', text: string) => {
    const value = parseNumber(text);
    if (value !== null) onScale({ ...scale, [key]: value });
  };
  return (
    <>
      <fieldset className="editor__presets">
        <legend>Preset</legend>
        {PRESETS.map((p) => (
          <label key={p.value} className="editor__check">
            <input type="radio" name="scale-preset" checked={preset === p.value} onChange={() => onPreset(p.value)} />
            {p.label}
          </label>
        ))}
      </fieldset>
      {preset === 'custom' && (
        <div className="editor__row">
          <label className="editor__field editor__field--narrow">
            Lowest score
            <input inputMode="decimal" defaultValue={formatPoint(scale.min)} onChange={(e) => bound('min', e.target.value)} />
          </label>
          <label className="editor__field editor__field--narrow">
            Highest score
            <input inputMode="decimal" defaultValue={formatPoint(scale.max)} onChange={(e) => bound('max', e.target.value)} />
          </label>
          <p className="hint">Scores go in steps of 0.5.</p>
        </div>
      )}
      {points.length > 0 && points.length <= 21 && (
        <fieldset className="editor__anchors">
          <legend>Label per scale point (optional)</legend>
          {points.map((point) => {
            const key = formatPoint(point);
            return (
              <label key={key} className="editor__anchor">
                <span>{key}</span>
                <input
                  aria-label={`Label for ${key}`}
                  value={textForPoint(scale.labels, point) ?? ''}
                  onChange={(e) => onScale({ ...scale, labels: { ...scale.labels, [key]: e.target.value } })}
                />
              </label>
            );
          })}
        </fieldset>
      )}
    </>
  );
}
