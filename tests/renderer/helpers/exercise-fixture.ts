// A small verified-looking package for renderer tests that exercise the db layer:
// the db trusts readPackage's result, so signatures need not be real here.

import { hashString } from '../../../core/canonical';
import { base64UrlEncode, utf8Encode } from '../../../core/encoding';
import { publicKeyOf } from '../../../core/crypto/ed25519';
import type { VerifiedPackage } from '../../../core/package/package';
import type { Exercise } from '../../../core/types';

/** A deterministic public key (base64url) from a seed byte. */
export function testKey(seed: number): string {
  return base64UrlEncode(publicKeyOf(new Uint8Array(32).fill(seed)));
}

export interface FixtureOptions {
  exerciseId?: string;
  title?: string;
  secretariatSeed?: number;
  /** Changes the exercise (and so its hash) without changing its id. */
  revision?: number;
  /** Leave this document's bytes out of the package. */
  dropDocument?: string;
}

/** A package of two candidates (one with a CV) and two criteria. */
export function fixturePackage(options: FixtureOptions = {}): VerifiedPackage {
  const { exerciseId = 'ex-1', title = 'Head of Unit', secretariatSeed = 1, revision = 1 } = options;
  const cv = utf8Encode(`%PDF-1.7 cv of cand-1, revision ${revision}`);
  const key = testKey(secretariatSeed);
  const exercise: Exercise = {
    format: 'panelscore.exercise',
    formatVersion: 1,
    exerciseId,
    title,
    issuedAt: `2026-05-0${revision}T09:00:00Z`,
    secretariat: { name: 'Test secretariat', publicKey: key },
    scale: { min: 1, max: 5, step: 1, labels: { '1': 'Poor', '5': 'Outstanding' } },
    criteria: [
      { id: 'leadership', name: 'Leadership', kind: 'core', weight: 2 },
      { id: 'diplomacy', name: 'Diplomacy', kind: 'functional', weight: 1 },
    ],
    candidates: [
      {
        id: 'cand-1',
        name: 'Ada Example',
        documents: [{ path: 'documents/cand-1/cv.pdf', mediaType: 'application/pdf', size: cv.length, sha256: hashString(cv) }],
      },
      { id: 'cand-2', name: 'Bo Sample' },
    ],
    panel: [{ id: 'm-one', name: 'Member One', role: 'chair' }],
    signature: { alg: 'Ed25519', publicKey: key, value: 'A'.repeat(86) },
  };
  const documents = new Map<string, Uint8Array>();
  if (options.dropDocument !== 'documents/cand-1/cv.pdf') documents.set('documents/cand-1/cv.pdf', cv);
  return { exercise, exerciseHash: hashString(utf8Encode(`${exerciseId}/${revision}`)), documents };
}
