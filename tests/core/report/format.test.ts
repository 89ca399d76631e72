import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCoefficient,
  formatMoved,
  formatPoint,
  formatScore,
  formatSpread,
  memberLetter,
  numberFormats,
} from '../../../core/report/format';
import { reliabilityReadings } from '../../../core/report/reliability-reading';

describe('report number formatting', () => {
  it('shows scores to two decimals and a dash for a missing one', () => {
    expect(formatScore(3.8666666666666663)).toBe('3.87');
    expect(formatScore(null)).toBe('—');
  });
  it('writes a spread of totals as a range, or one value when its ends are equal', () => {
    expect(formatSpread({ min: 3.2, max: 4.6 })).toBe('3.20–4.60');
    expect(formatSpread({ min: 4, max: 4.001 })).toBe('4.00');
    expect(formatSpread(null)).toBe('—');
  });
  it('writes scale points without floating-point noise', () => {
    expect(formatPoint(0.1 + 0.2)).toBe('0.3');
    expect(formatPoint(4)).toBe('4');
  });
  it('writes negative coefficients with a true minus sign', () => {
    expect(formatCoefficient(-0.1044)).toBe('−0.104');
    expect(formatCoefficient(0.58548)).toBe('0.585');
  });
  it('says which way a candidate moved', () => {
    expect([formatMoved(2), formatMoved(-1), formatMoved(0), formatMoved(null)]).toEqual([
      '▲ 2',
      '▼ 1',
      '=',
      '—',
    ]);
  });
  it('letters members A to Z, then AA', () => {
    expect([memberLetter(0), memberLetter(25), memberLetter(26), memberLetter(27)]).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
    ]);
  });
});

describe('reliabilityReadings', () => {
  it('reads each coefficient by its own convention', () => {
    const readings = reliabilityReadings({
      icc21: 0.53,
      icc2k: 0.85,
      kendallW: 0.59,
      krippendorffAlpha: 0.59,
    });
    expect(readings.map((r) => r.reading)).toEqual([
      'moderate agreement',
      'good agreement',
      'moderate agreement on the order',
      'not reliable',
    ]);
  });
  it('explains a coefficient that is not defined', () => {
    expect(
      reliabilityReadings({ icc21: null, icc2k: 0.9, kendallW: 0.9, krippendorffAlpha: 0.8 })[0].reading,
    ).toMatch(/not defined/);
  });
});

describe('numberFormats', () => {
  it('writes French and Spanish numbers with a decimal comma and English ones as the CLI does', () => {
    const fr = numberFormats('fr-FR');
    expect(fr.score(3.8666666666666663)).toBe('3,87');
    expect(fr.spread({ min: 3.2, max: 4.6 })).toBe('3,20–4,60');
    expect(fr.point(2.5)).toBe('2,5');
    expect(fr.coefficient(-0.1035)).toBe(formatCoefficient(-0.1035).replace('.', ','));
    expect(numberFormats('es-ES').score(4.25)).toBe('4,25');
    expect(numberFormats('en-GB').score(4.25)).toBe('4.25');
    expect(fr.score(null)).toBe('—');
  });

  it('rounds exactly as the English format in every locale: only the separator differs', () => {
    const fr = numberFormats('fr-FR');
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        expect(fr.score(x)).toBe(formatScore(x).replace('.', ','));
        expect(fr.point(x)).toBe(formatPoint(x).replace('.', ','));
      }),
      { numRuns: 500 },
    );
  });
});
