import { describe, expect, it } from 'vitest';
import { HOSTILE_CSVS } from '../../helpers/hostile-csv-cases';
import { candidateProblems, importCandidateCsv } from './csv-import-pipeline';

describe('importing candidates from a hostile CSV', () => {
  it.each(HOSTILE_CSVS.map((c) => [c.name, c] as const))('%s: gets the handling it must, within 2 s', (_, c) => {
    const bytes = c.bytes();
    const started = performance.now();
    const outcome = importCandidateCsv(bytes);
    const elapsed = performance.now() - started;
    expect(elapsed, c.attack).toBeLessThan(2_000);
    expect(outcome.stage, c.attack).toBe(c.stage);
    if (outcome.stage === 'imported') {
      expect(candidateProblems(outcome.candidates)).toEqual([]);
      if (c.names) expect(outcome.candidates.map((cand) => cand.name)).toEqual(c.names);
      if (c.count !== undefined) expect(outcome.candidates).toHaveLength(c.count);
    } else {
      expect(outcome.message, c.attack).toMatch(c.message ?? /./);
    }
  });

  it('keeps a column named __proto__ as a field and pollutes no prototype', () => {
    const outcome = importCandidateCsv(HOSTILE_CSVS.find((c) => c.name === 'proto-header.csv')!.bytes());
    expect(outcome.stage).toBe('imported');
    const [candidate] = outcome.stage === 'imported' ? outcome.candidates : [];
    expect(Object.getPrototypeOf(candidate.fields)).toBe(Object.prototype);
    expect(Object.entries(candidate.fields)).toEqual([
      ['__proto__', '{"polluted":true}'],
      ['constructor', 'x'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
