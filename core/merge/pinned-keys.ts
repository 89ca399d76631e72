// The keys a merge trusts (formats.md §2.1, §4): members pinned in the package roster or in
// the secretariat's trust file, and the secretariat's own key. A bad trust file stops the merge.
import { FormatError, isFormatError } from '../errors';
import { checkTrustAgainstExercise, parseTrustFile } from '../formats/trust';
import { parseStrictJson } from '../json/strict-json';
import type { Base64Url, Exercise, JsonObject } from '../types';

/** Pinned keys by member, the member each pinned key belongs to, and the secretariat key. */
export interface PinnedKeys {
  byMember: ReadonlyMap<string, Base64Url>;
  owners: ReadonlyMap<Base64Url, string>;
  secretariat: Base64Url;
}

/**
 * Collects the pinned keys of the exercise and of the optional trust file. Throws FormatError when
 * the trust file is invalid, is for another exercise, names a member not on the panel or twice,
 * contradicts a key pinned in the package, or pins a key of another member or of the secretariat.
 */
export function pinnedKeys(exercise: Exercise, trustBytes?: Uint8Array): PinnedKeys {
  const byMember = new Map<string, Base64Url>();
  for (const member of exercise.panel) {
    if (member.publicKey !== undefined) byMember.set(member.id, member.publicKey);
  }
  if (trustBytes !== undefined) {
    let json: JsonObject;
    try {
      json = parseStrictJson(trustBytes);
    } catch (e) {
      if (!isFormatError(e)) throw e;
      throw new FormatError(e.code, `the trust file cannot be read (${e.message}): correct the trust file (or make it again) and retry`, e.path);
    }
    const trust = parseTrustFile(json);
    checkTrustAgainstExercise(trust, exercise);
    for (const { memberId, publicKey } of trust.members) byMember.set(memberId, publicKey);
  }
  const owners = new Map<Base64Url, string>();
  for (const [memberId, key] of byMember) owners.set(key, memberId);
  return { byMember, owners, secretariat: exercise.secretariat.publicKey };
}
