import { describe, expect, it } from 'vitest';
import { documentHash } from '../../core/canonical';
import { parseDecision } from '../../core/formats/decision';
import type { JsonObject } from '../../core/types';
import {
  asJson,
  expectFormatError,
  validDecision,
  withPlaceholderSignature,
  type Draft,
} from './helpers/format-builders';

function decision(change: (doc: Draft) => unknown = () => {}): JsonObject {
  const doc = asJson(validDecision());
  change(doc);
  return doc;
}

describe('parseDecision', () => {
  it('accepts a valid decision record and returns the very object it was given', () => {
    const doc = decision();
    expect(parseDecision(doc)).toBe(doc);
  });

  it('accepts a record with no outcome yet, no signature and empty lists', () => {
    const pending = decision((d) => {
      d.outcome = null;
      d.inputs = [];
      d.rejected = [];
      d.divergences = [];
    });
    expect(parseDecision(pending).outcome).toBeNull();
  });

  it('accepts a signed record', () => {
    expect(parseDecision(asJson(withPlaceholderSignature(validDecision()))).signature?.alg).toBe('Ed25519');
  });

  it('accepts the nulls §6 allows: unknown sheet hash and member, no panel score or rank, empty criterion summaries', () => {
    const nulls = decision((d) => {
      d.candidates[0] = {
        ...d.candidates[0],
        panelScore: null,
        rank: null,
        memberTotals: { 'm-norway': null },
      };
      d.candidates[0].criteria.leadership = { mean: null, min: null, max: null, n: 0 };
      d.reliability = { icc21: null, icc2k: null, kendallW: null, krippendorffAlpha: null };
    });
    expect(parseDecision(nulls).candidates[0].rank).toBeNull();
  });

  it('accepts empty consensus and concurrence lists and a concurrence without a note', () => {
    const outcome = decision((d) => {
      d.outcome.consensus = [];
      d.outcome.concurrences = [{ memberId: 'm-laos', agrees: false }];
    });
    expect(parseDecision(outcome).outcome?.concurrences).toEqual([{ memberId: 'm-laos', agrees: false }]);
  });

  it('ignores and keeps unknown members at any level, so the hash still matches', () => {
    const extended = decision((d) => {
      d.generator = { name: 'other-tool', version: '2.1' };
      d.candidates[0].tieBreakNote = 'none';
      d.candidates[0].criteria.leadership.median = 4;
      d.outcome.meeting = { room: 'B' };
      d.reliability.method = 'shrout-fleiss';
    });
    const before = documentHash(extended);
    const parsed = parseDecision(extended);
    expect(parsed.generator).toEqual({ name: 'other-tool', version: '2.1' });
    expect(documentHash(parsed)).toBe(before);
  });

  it.each([
    {
      rule: 'another format',
      change: (d: Draft) => (d.format = 'panelscore.scores'),
      says: ['format is "panelscore.scores"', 'not a decision record'],
    },
    {
      rule: 'another format version',
      change: (d: Draft) => (d.formatVersion = 2),
      says: ['formatVersion is 2'],
    },
    {
      rule: 'a missing exerciseHash',
      change: (d: Draft) => delete d.exerciseHash,
      says: ['exerciseHash is missing'],
    },
    {
      rule: 'a missing outcome (null is required until the panel decides)',
      change: (d: Draft) => delete d.outcome,
      says: ['outcome is missing'],
    },
    {
      rule: 'missing reliability',
      change: (d: Draft) => delete d.reliability,
      says: ['reliability is missing'],
    },
    {
      rule: 'a fractional input revision',
      change: (d: Draft) => (d.inputs[0].revision = 2.5),
      says: ['inputs[0].revision is 2.5'],
    },
    {
      rule: 'a malformed fingerprint',
      change: (d: Draft) => (d.inputs[0].fingerprint = '3F2A91C077DE0B12'),
      says: ['inputs[0].fingerprint', 'four groups of four'],
    },
    {
      rule: 'pinned given as text',
      change: (d: Draft) => (d.inputs[0].pinned = 'yes'),
      says: ['inputs[0].pinned is "yes" but must be true or false'],
    },
    {
      rule: 'a malformed file hash',
      change: (d: Draft) => (d.rejected[0].fileHash = 'md5:0'),
      says: ['rejected[0].fileHash'],
    },
    {
      rule: 'a sheet hash that is neither a hash nor null',
      change: (d: Draft) => (d.rejected[0].sheetHash = 'sha256:zz'),
      says: ['rejected[0].sheetHash', 'or null'],
    },
    {
      rule: 'a member id that is neither an id nor null',
      change: (d: Draft) => (d.rejected[0].memberId = 'no such member'),
      says: ['rejected[0].memberId', 'identifier or null'],
    },
    {
      rule: 'a missing reason',
      change: (d: Draft) => delete d.rejected[0].reason,
      says: ['rejected[0].reason is missing'],
    },
    {
      rule: 'a rank of 0',
      change: (d: Draft) => (d.candidates[0].rank = 0),
      says: ['candidates[0].rank is 0'],
    },
    {
      rule: 'a panel score given as text',
      change: (d: Draft) => (d.candidates[0].panelScore = '4'),
      says: ['candidates[0].panelScore is "4" but must be a number or null'],
    },
    {
      rule: 'a member total keyed by a non-identifier',
      change: (d: Draft) => (d.candidates[0].memberTotals['m norway'] = 4),
      says: ['candidates[0].memberTotals has the key "m norway"', 'not a member id'],
    },
    {
      rule: 'a member total that is text',
      change: (d: Draft) => (d.candidates[0].memberTotals['m-norway'] = 'four'),
      says: ['candidates[0].memberTotals["m-norway"] is "four"'],
    },
    {
      rule: 'a fractional count in a criterion summary',
      change: (d: Draft) => (d.candidates[0].criteria.leadership.n = 1.5),
      says: ['candidates[0].criteria.leadership.n is 1.5'],
    },
    {
      rule: 'a recused list holding a number',
      change: (d: Draft) => (d.candidates[0].recused = [7]),
      says: ['candidates[0].recused[0] is 7 but must be text'],
    },
    {
      rule: 'a divergence without a max',
      change: (d: Draft) => delete d.divergences[0].max,
      says: ['divergences[0].max is missing'],
    },
    {
      rule: 'a reliability figure given as text',
      change: (d: Draft) => (d.reliability.kendallW = 'n/a'),
      says: ['reliability.kendallW is "n/a"'],
    },
    {
      rule: 'an outcome without consensus',
      change: (d: Draft) => delete d.outcome.consensus,
      says: ['outcome.consensus is missing'],
    },
    {
      rule: 'an outcome without concurrences',
      change: (d: Draft) => delete d.outcome.concurrences,
      says: ['outcome.concurrences is missing'],
    },
    {
      rule: 'an impossible decision date',
      change: (d: Draft) => (d.outcome.decidedAt = '2026-06-31T12:00:00Z'),
      says: ['outcome.decidedAt'],
    },
    {
      rule: 'a consensus score without a justification',
      change: (d: Draft) => delete d.outcome.consensus[0].justification,
      says: ['outcome.consensus[0].justification is missing'],
    },
    {
      rule: 'a rationale over 20,000 code points',
      change: (d: Draft) => (d.outcome.rationale = 'x'.repeat(20_001)),
      says: ['outcome.rationale', 'at most 20,000'],
    },
    {
      rule: 'a signature by another algorithm',
      change: (d: Draft) => (d.signature = { alg: 'ES256', publicKey: 'x', value: 'y' }),
      says: ['signature.alg is "ES256"'],
    },
  ])('rejects $rule (§6)', ({ change, says }) => {
    expectFormatError(() => parseDecision(decision(change)), 'schema', ...says, 'decision record');
  });
});
