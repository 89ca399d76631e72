import { afterEach, describe, expect, it } from 'vitest';
import { readReliability } from '../../../renderer/src/features/secretariat/reliability-reading';
import { useLanguageStore } from '../../../renderer/src/state/language-store';

const figures = { kendallW: 0.82, icc2k: 0.6, icc21: 0.4, krippendorffAlpha: null };

afterEach(() => useLanguageStore.getState().setLanguage('en'));

describe('readReliability', () => {
  it('reads each figure in plain English by its band', () => {
    const readings = readReliability(figures);
    expect(readings.map((r) => r.name)).toEqual(['Kendall’s W', 'ICC(2,k)', 'ICC(2,1)', 'Krippendorff’s α']);
    expect(readings[0].reading).toBe('Members largely agree on the order of candidates.');
    expect(readings[1].reading).toBe('The panel’s average totals are only moderately reliable.');
    expect(readings[2].reading).toBe('Members’ individual totals differ a lot from one another.');
    expect(readings[3].reading).toMatch(/^Cannot be computed yet: it needs competencies/);
  });

  it('reads them in French when the interface is in French', () => {
    useLanguageStore.getState().setLanguage('fr');
    const readings = readReliability(figures);
    expect(readings[0].name).toBe('W de Kendall');
    expect(readings[0].reading).toBe('Les membres s’accordent largement sur l’ordre des candidats.');
    expect(readings[3].reading).toMatch(/^Pas encore calculable/);
  });
});
