// The scale: a preset (1–5, the four levels, or a custom range in half points) and a label
// for each point.

import { scalePoints } from '../../../../../core/formats/scale';
import type { Scale } from '../../../../../core/types';
import { formatPoint, textForPoint } from '../../../app/exercise/scale-text';
import { type ScalePreset, parseNumber } from './draft';
import { useT } from '../../../i18n';

const PRESETS: readonly ScalePreset[] = ['five', 'four', 'custom'];

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
  const t = useT();
  const points = pointsOf(scale);
  const bound = (key: 'min' | 'max', text: string) => {
    const value = parseNumber(text);
    if (value !== null) onScale({ ...scale, [key]: value });
  };
  return (
    <>
      <fieldset className="editor__presets">
        <legend>{t('secretariat.scale.preset')}</legend>
        {PRESETS.map((p) => (
          <label key={p} className="editor__check">
            <input type="radio" name="scale-preset" checked={preset === p} onChange={() => onPreset(p)} />
            {t(`secretariat.scale.presets.${p}`)}
          </label>
        ))}
      </fieldset>
      {preset === 'custom' && (
        <div className="editor__row">
          <label className="editor__field editor__field--narrow">
            {t('secretariat.scale.lowest')}
            <input inputMode="decimal" defaultValue={formatPoint(scale.min)} onChange={(e) => bound('min', e.target.value)} />
          </label>
          <label className="editor__field editor__field--narrow">
            {t('secretariat.scale.highest')}
            <input inputMode="decimal" defaultValue={formatPoint(scale.max)} onChange={(e) => bound('max', e.target.value)} />
          </label>
          <p className="hint">{t('secretariat.scale.steps')}</p>
        </div>
      )}
      {points.length > 0 && points.length <= 21 && (
        <fieldset className="editor__anchors">
          <legend>{t('secretariat.scale.labels')}</legend>
          {points.map((point) => {
            const key = formatPoint(point);
            return (
              <label key={key} className="editor__anchor">
                <span>{key}</span>
                <input
                  aria-label={t('secretariat.scale.labelFor', { point: key })}
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
