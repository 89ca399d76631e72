import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeScale,
  isScalePoint,
  scaleKeyValue,
  scalePoints,
  scaleStepCount,
} from '../../core/formats/scale';

const fivePoint = { min: 1, max: 5, step: 1 };
const halfPoints = { min: 1, max: 4, step: 0.5 };
const centred = { min: -2, max: 2, step: 1 };

describe('scaleStepCount', () => {
  it('counts the steps between min and max', () => {
    expect(scaleStepCount(fivePoint)).toBe(4);
    expect(scaleStepCount(halfPoints)).toBe(6);
    expect(scaleStepCount({ min: 0, max: 1, step: 0.1 })).toBe(10);
    expect(scaleStepCount({ min: 0, max: 100, step: 1 })).toBe(100);
  });

  it('is null when min is not below max, step is not positive, or the steps are not a whole 1..100', () => {
    for (const scale of [
      { min: 5, max: 5, step: 1 },
      { min: 5, max: 1, step: 1 },
      { min: 1, max: 5, step: 0 },
      { min: 1, max: 5, step: -1 },
      { min: 1, max: 5, step: 3 },
      { min: 0, max: 101, step: 1 },
      { min: 1, max: 5, step: 5 },
    ]) {
      expect(scaleStepCount(scale), JSON.stringify(scale)).toBeNull();
    }
  });
});

describe('scalePoints', () => {
  it('lists min + i * step from min to max', () => {
    expect(scalePoints(fivePoint)).toEqual([1, 2, 3, 4, 5]);
    expect(scalePoints(halfPoints)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4]);
    expect(scalePoints(centred)).toEqual([-2, -1, 0, 1, 2]);
  });

  it('is empty for an invalid scale', () => {
    expect(scalePoints({ min: 1, max: 5, step: 3 })).toEqual([]);
  });
});

describe('isScalePoint', () => {
  it('accepts every point and refuses values between points or outside the scale', () => {
    expect(isScalePoint(fivePoint, 3)).toBe(true);
    expect(isScalePoint(fivePoint, 3.5)).toBe(false);
    expect(isScalePoint(fivePoint, 0)).toBe(false);
    expect(isScalePoint(fivePoint, 6)).toBe(false);
    expect(isScalePoint(halfPoints, 1.5)).toBe(true);
    expect(isScalePoint(centred, -2)).toBe(true);
    expect(isScalePoint(centred, -3)).toBe(false);
  });

  it('accepts a value within 1e-9 of a point and refuses one farther away', () => {
    expect(isScalePoint(fivePoint, 3 + 1e-10)).toBe(true);
    expect(isScalePoint(fivePoint, 5 - 1e-10)).toBe(true);
    expect(isScalePoint(fivePoint, 3 + 1e-8)).toBe(false);
    expect(isScalePoint({ min: 0, max: 1, step: 0.1 }, 0.3)).toBe(true);
  });

  it('refuses non-finite values', () => {
    expect(isScalePoint(fivePoint, Number.NaN)).toBe(false);
  });

  it('agrees with a search over scalePoints for any valid scale and value', () => {
    const scales = fc
      .record({
        min: fc.integer({ min: -20, max: 20 }),
        n: fc.integer({ min: 1, max: 100 }),
        step: fc.constantFrom(0.1, 0.25, 0.5, 1, 2, 3),
      })
      .map(({ min, n, step }) => ({ min, max: min + n * step, step }));
    fc.assert(
      fc.property(
        scales,
        fc.double({ min: -50, max: 350, noNaN: true }),
        fc.integer({ min: 0, max: 100 }),
        (scale, x, i) => {
          const points = scalePoints(scale);
          expect(isScalePoint(scale, x)).toBe(points.some((p) => Math.abs(p - x) < 1e-9));
          const point = points[Math.min(i, points.length - 1)];
          expect(isScalePoint(scale, point + 5e-10)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('scaleKeyValue', () => {
  it('reads keys written as plain decimal numbers', () => {
    expect(scaleKeyValue('3')).toBe(3);
    expect(scaleKeyValue('-1')).toBe(-1);
    expect(scaleKeyValue('1.5')).toBe(1.5);
    expect(scaleKeyValue('3.0')).toBe(3);
    expect(scaleKeyValue('0')).toBe(0);
  });

  it('is null for any other spelling', () => {
    for (const key of ['', '03', '+3', '1.', '.5', '1e2', ' 3', '3 ', '-0x1', 'three', '١'])
      expect(scaleKeyValue(key), key).toBeNull();
  });
});

describe('describeScale', () => {
  it('names the range and the step', () => {
    expect(describeScale(fivePoint)).toBe('1–5 step 1');
    expect(describeScale(centred)).toBe('-2 to 2 step 1');
  });
});
