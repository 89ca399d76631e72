/**
 * Trust files (formats §4): member keys the secretariat confirmed out of band after issuing the
 * package. Parsed strictly, then checked against the package before the merge may use them.
 */
import { z } from 'zod';
import { fingerprint } from '../crypto/ed25519';
import { base64UrlDecode } from '../encoding';
import { FormatError } from '../errors';
import type { Exercise, TrustFile } from '../types';
import { identifierSchema, publicKeySchema, unusableKeyProblem } from './common';
import { ADVICE, parseWithSchema, schemaError } from './issues';

const trustSchema: z.ZodType<TrustFile> = z.strictObject({
  format: z.literal('panelscore.trust', {
    error: 'must be "panelscore.trust" (this file is not a trust file)',
  }),
  formatVersion: z.literal(1, {
    error: 'must be 1 (this version of Panelscore reads format version 1 only)',
  }),
  exerciseId: identifierSchema,
  members: z.array(z.strictObject({ memberId: identifierSchema, publicKey: publicKeySchema })),
});

/** Checks a trust file value (§4 structure, no member or key twice); returns it typed. Throws FormatError `schema`. */
export function parseTrustFile(value: unknown): TrustFile {
  const trust = parseWithSchema(trustSchema, value, 'trust');
  const members = new Map<string, number>();
  const keys = new Map<string, number>();
  trust.members.forEach((entry, i) => {
    const twice = members.get(entry.memberId);
    if (twice !== undefined) {
      throw schemaError(
        'trust',
        `members[${i}] names ${JSON.stringify(entry.memberId)} a second time (first at members[${twice}]): a member appears once`,
        ['members', i, 'memberId'],
      );
    }
    const shared = keys.get(entry.publicKey);
    if (shared !== undefined) {
      throw schemaError(
        'trust',
        `members[${i}] gives ${JSON.stringify(entry.memberId)} the key ${fingerprint(entry.publicKey)}, which members[${shared}] gives ${JSON.stringify(trust.members[shared].memberId)}: one key cannot speak for two members`,
        ['members', i, 'publicKey'],
      );
    }
    members.set(entry.memberId, i);
    keys.set(entry.publicKey, i);
  });
  return trust;
}

/**
 * Throws FormatError `trust` unless the trust file fits the package (§4): same exerciseId, every
 * member on the panel, every key one that can verify signatures (not small-order, a canonical curve
 * point), no key contradicting a pinned one, no key pinned for another member or the secretariat's.
 */
export function checkTrustAgainstExercise(trust: TrustFile, exercise: Exercise): void {
  const fail = (message: string, path: string): never => {
    throw new FormatError('trust', `the trust file ${message}: ${ADVICE.trust}`, path);
  };
  if (trust.exerciseId !== exercise.exerciseId) {
    fail(
      `is for exercise ${JSON.stringify(trust.exerciseId)}, not ${JSON.stringify(exercise.exerciseId)}`,
      'exerciseId',
    );
  }
  const panel = new Map(exercise.panel.map((m) => [m.id, m]));
  const pinnedFor = new Map(
    exercise.panel.flatMap((m) => (m.publicKey === undefined ? [] : [[m.publicKey, m.id] as const])),
  );
  const seen = new Set<string>();
  trust.members.forEach(({ memberId, publicKey }, i) => {
    const at = `members[${i}]`;
    const member = panel.get(memberId);
    if (member === undefined)
      fail(`names ${JSON.stringify(memberId)}, who is not on the panel (${at})`, `${at}.memberId`);
    if (seen.has(memberId)) fail(`names ${JSON.stringify(memberId)} twice (${at})`, `${at}.memberId`);
    seen.add(memberId);
    const unusable = unusableKeyProblem(base64UrlDecode(publicKey));
    if (unusable !== null) fail(`cannot pin ${JSON.stringify(memberId)} to key ${fingerprint(publicKey)}: ${unusable} (${at})`, `${at}.publicKey`);
    const key = fingerprint(publicKey);
    if (member?.publicKey !== undefined && member.publicKey !== publicKey) {
      fail(
        `gives ${JSON.stringify(memberId)} the key ${key}, but the package pins ${fingerprint(member.publicKey)} for that member (${at})`,
        `${at}.publicKey`,
      );
    }
    if (publicKey === exercise.secretariat.publicKey) {
      fail(`gives ${JSON.stringify(memberId)} the secretariat's own key ${key} (${at})`, `${at}.publicKey`);
    }
    const owner = pinnedFor.get(publicKey);
    if (owner !== undefined && owner !== memberId) {
      fail(
        `gives ${JSON.stringify(memberId)} the key ${key}, which the package pins for ${JSON.stringify(owner)} (${at})`,
        `${at}.publicKey`,
      );
    }
  });
}
