import { beforeAll, describe, expect, it } from 'vitest';
import { memorySigner } from '../../core/crypto/ed25519';
import { signDecision, verifyDecision } from '../../core/decision';
import type { DecisionRecord, Exercise, JsonObject } from '../../core/types';
import { SECRETARIAT_SECRET, asJson, expectFormatError, publicKeyText, signedExercise, testSecretKey } from './helpers/format-builders';
import { SECRETS, fixture, merge, sheetFile } from './merge-fixtures';

describe('signDecision and verifyDecision', () => {
  let exercise: Exercise;
  let record: DecisionRecord;
  beforeAll(async () => {
    const fx = await fixture();
    exercise = fx.exercise;
    record = merge(fx, [await sheetFile(fx, 'm-norway', SECRETS.norway)]);
  });

  const outcome = {
    selected: ['cand-01'],
    decidedAt: '2026-06-01T12:00:00Z',
    rationale: 'Highest panel score',
    consensus: [{ candidateId: 'cand-01', criterionId: 'leadership', score: 4, justification: 'Agreed in debrief' }],
    concurrences: [{ memberId: 'm-norway', agrees: true }],
  };

  it('signs with the secretariat key, and the signed record verifies against the exercise', async () => {
    const signed = await signDecision({ ...record, outcome }, memorySigner(SECRETARIAT_SECRET));
    expect(signed.signature.publicKey).toBe(exercise.secretariat.publicKey);
    const verified = verifyDecision(asJson(signed), exercise);
    expect(verified.outcome).toEqual(outcome);
  });

  it('replaces an earlier signature instead of signing over it', async () => {
    const first = await signDecision(record, memorySigner(testSecretKey(9)));
    const second = await signDecision({ ...first, outcome }, memorySigner(SECRETARIAT_SECRET));
    expect(() => verifyDecision(asJson(second), exercise)).not.toThrow();
  });

  it('keeps and covers members it does not know', async () => {
    const signed = await signDecision({ ...record, note: 'printed for the board' }, memorySigner(SECRETARIAT_SECRET));
    const json = asJson(signed);
    expect(verifyDecision(json, exercise).note).toBe('printed for the board');
    json.note = 'changed';
    expectFormatError(() => verifyDecision(json), 'signature', 'does not match');
  });

  it('refuses a record changed after signing, even without an exercise', async () => {
    const json = asJson(await signDecision(record, memorySigner(SECRETARIAT_SECRET)));
    (json.candidates as JsonObject[])[0].panelScore = 5;
    expectFormatError(() => verifyDecision(json), 'signature', 'does not match');
  });

  it('refuses an unsigned record', () => {
    expectFormatError(() => verifyDecision(asJson(record)), 'signature', 'not signed');
  });

  it('without an exercise, accepts any valid signature; with one, only the secretariat\'s', async () => {
    const other = memorySigner(testSecretKey(9));
    const json = asJson(await signDecision(record, other));
    expect(verifyDecision(json).exerciseId).toBe('ccm-isu-director');
    expectFormatError(() => verifyDecision(json, exercise), 'signature', "not by the secretariat's key");
  });

  it('refuses a record of another exercise or another version of it', async () => {
    const json = asJson(await signDecision(record, memorySigner(SECRETARIAT_SECRET)));
    const renamed = await signedExercise({ exerciseId: 'other-exercise' });
    expectFormatError(() => verifyDecision(json, renamed), 'mismatch', 'for exercise ccm-isu-director, not other-exercise');
    const revised = await signedExercise({ title: 'Director (revised)' });
    expect(revised.secretariat.publicKey).toBe(publicKeyText(SECRETARIAT_SECRET));
    expectFormatError(() => verifyDecision(json, revised), 'mismatch', 'exerciseHash mismatch');
  });

  it.each([
    ['a consensus score off the scale', { consensus: [{ ...outcome.consensus[0], score: 4.5 }] }, 'not a point of the scale'],
    ['a consensus without justification', { consensus: [{ ...outcome.consensus[0], justification: '  ' }] }, 'empty justification'],
    ['an unknown criterion', { consensus: [{ ...outcome.consensus[0], criterionId: 'charisma' }] }, 'not a criterion'],
    ['an unknown selected candidate', { selected: ['cand-99'] }, 'not a candidate'],
    ['a concurrence by someone not on the panel', { concurrences: [{ memberId: 'm-peru', agrees: true }] }, 'not on the panel'],
  ])('refuses an outcome with %s', async (_, change, says) => {
    const signed = await signDecision({ ...record, outcome: { ...outcome, ...change } }, memorySigner(SECRETARIAT_SECRET));
    expectFormatError(() => verifyDecision(asJson(signed), exercise), 'schema', says);
  });
});
