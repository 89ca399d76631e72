/**
 * The scoring scale of formats §2.1: its points `min + i * step` (i = 0..n, 1 <= n <= 100), which
 * scores are valid, and the keys of `labels`/`anchors` that name points ("1.5", "-2", "3.0").
 */
import type { Scale } from '../types';
import { approxEqual, TOLERANCE } from './common';
import { formatPath, schemaError } from './issues';

/** Most steps a scale may have (§2.1). */
export const MAX_SCALE_STEPS = 100;
/** Pattern of a `labels`/`anchors` key (§2.1). */
export const SCALE_KEY_PATTERN = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** The number of steps n of a valid scale, or null when min >= max, step <= 0 or (max - min) / step is not a whole 1..100. */
export function scaleStepCount(scale: Pick<Scale, 'min' | 'max' | 'step'>): number | null {
  const { min, max, step } = scale;
  if (!(min < max) || !(step > 0)) return null;
  const ratio = (max - min) / step;
  const n = Math.round(ratio);
  if (!Number.isFinite(ratio) || Math.abs(ratio - n) >= TOLERANCE || n < 1 || n > MAX_SCALE_STEPS)
    return null;
  return n;
}

/** The points of a scale, `min + i * step` for i = 0..n, lowest first (empty for an invalid scale). */
export function scalePoints(scale: Pick<Scale, 'min' | 'max' | 'step'>): number[] {
  const n = scaleStepCount(scale);
  if (n === null) return [];
  return Array.from({ length: n + 1 }, (_, i) => scale.min + i * scale.step);
}

/** Index i of the scale point equal (within 1e-9) to `x`, or null when `x` is not a point. */
export function scalePointIndex(scale: Pick<Scale, 'min' | 'max' | 'step'>, x: number): number | null {
  const n = scaleStepCount(scale);
  if (n === null || !Number.isFinite(x)) return null;
  const guess = Math.round((x - scale.min) / scale.step);
  // The nearest point is the only candidate, but rounding noise could pick its neighbour.
  for (const i of [guess, guess - 1, guess + 1]) {
    if (i >= 0 && i <= n && approxEqual(x, scale.min + i * scale.step)) return i;
  }
  return null;
}

/** True when `x` is equal (within 1e-9) to a point of the scale. */
export function isScalePoint(scale: Pick<Scale, 'min' | 'max' | 'step'>, x: number): boolean {
  return scalePointIndex(scale, x) !== null;
}

/** The number a `labels`/`anchors` key stands for, or null when the key does not match the key pattern. */
export function scaleKeyValue(key: string): number | null {
  if (!SCALE_KEY_PATTERN.test(key)) return null;
  const value = Number(key);
  return Number.isFinite(value) ? value : null;
}

/** The scale in words for messages: "1–5 step 1", "-2 to 2 step 0.5". */
export function describeScale(scale: Pick<Scale, 'min' | 'max' | 'step'>): string {
  const { min, max, step } = scale;
  return min < 0 ? `${min} to ${max} step ${step}` : `${min}–${max} step ${step}`;
}

/** Throws a `schema` FormatError unless the exercise scale obeys §2.1 (min < max, step > 0, 1..100 steps). */
export function checkScale(scale: Scale): void {
  const { min, max, step } = scale;
  if (!(min < max)) {
    throw schemaError('exercise', `scale.max is ${max} but must be greater than scale.min (${min})`, [
      'scale',
      'max',
    ]);
  }
  if (!(step > 0)) {
    throw schemaError('exercise', `scale.step is ${step} but must be greater than 0`, ['scale', 'step']);
  }
  if (scaleStepCount(scale) === null) {
    const ratio = (max - min) / step;
    throw schemaError(
      'exercise',
      `scale ${describeScale(scale)} has ${Number.isFinite(ratio) ? Number(ratio.toPrecision(12)) : ratio} steps from min to max, but that must be a whole number from 1 to ${MAX_SCALE_STEPS}`,
      ['scale', 'step'],
    );
  }
}

/**
 * Throws a `schema` FormatError unless every key of `keyed` (scale `labels` or a criterion's
 * `anchors`, at `path`) names a point of the (already valid) scale, and no two keys name the same point.
 */
export function checkScaleKeys(
  scale: Scale,
  keyed: Record<string, string>,
  path: readonly (string | number)[],
): void {
  const seen = new Map<number, string>();
  for (const key of Object.keys(keyed)) {
    const value = scaleKeyValue(key);
    const at = [...path, key];
    if (value === null) {
      throw schemaError(
        'exercise',
        `${formatPath(path)} has the key ${JSON.stringify(key)}, which is not a number written like 3, -1 or 2.5`,
        at,
      );
    }
    const index = scalePointIndex(scale, value);
    if (index === null) {
      throw schemaError(
        'exercise',
        `${formatPath(path)} has the key ${JSON.stringify(key)}, which is not a point of the scale ${describeScale(scale)}`,
        at,
      );
    }
    const other = seen.get(index);
    if (other !== undefined) {
      throw schemaError(
        'exercise',
        `${formatPath(path)} has the keys ${JSON.stringify(other)} and ${JSON.stringify(key)} for the same scale point`,
        at,
      );
    }
    seen.set(index, key);
  }
}
