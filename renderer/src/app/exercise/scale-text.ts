// Reading the scale for display: its points, and the label or anchor text attached to each.

import { approxEqual } from '../../../../core/formats/common';
import { scaleKeyValue, scalePoints } from '../../../../core/formats/scale';
import type { Scale } from '../../../../core/types';

/** A scale point as people write it: `3`, `2.5` (no floating-point noise). */
export function formatPoint(point: number): string {
  return String(Number(point.toFixed(9)));
}

/** The text keyed to `point` in a labels/anchors object (keys such as "3" or "3.0"), if any. */
export function textForPoint(keyed: Record<string, string> | undefined, point: number): string | undefined {
  if (!keyed) return undefined;
  for (const [key, text] of Object.entries(keyed)) {
    const value = scaleKeyValue(key);
    if (value !== null && approxEqual(value, point)) return text;
  }
  return undefined;
}

/** Every scale point with its label (label may be undefined), lowest first. */
export function labelledPoints(scale: Scale): { point: number; label: string | undefined }[] {
  return scalePoints(scale).map((point) => ({ point, label: textForPoint(scale.labels, point) }));
}
