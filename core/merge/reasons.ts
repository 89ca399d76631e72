// The rejection reasons of a merge (formats.md §5 step 2-3, §6 `rejected`): each says what is
// wrong and what to do, and never names a file (the merge does not depend on file names).
import { fingerprint } from '../crypto/ed25519';
import type { Base64Url } from '../types';

/** Why the rules of §3.2 and §5 refused a sheet, in words a secretariat can act on. */
export const reasons = {
  tooLarge: (size: number) =>
    `the file is ${size} bytes, over the 16 MiB limit for a score sheet: it is not a sheet exported by Panelscore; ask the member to export their sheet again`,
  notJson: (detail: string) => `the file is not a readable score sheet: ${detail}; ask the member to export it again`,
  notASheet: (format: string) => `the file is a ${format} document, not a score sheet: pick the members' .scores.json files`,
  invalidSheet: (detail: string) => `the sheet breaks the score sheet format: ${detail}`,
  otherExercise: (sheetExerciseId: string, exerciseId: string) =>
    `the sheet is for exercise ${sheetExerciseId}, not ${exerciseId}: ask the member for their sheet for ${exerciseId}`,
  otherPackageVersion: () =>
    'the sheet was made for a different version of the exercise package (exerciseHash mismatch): ask the member to import the current package and re-export',
  notOnPanel: (memberId: string) =>
    `the sheet is from ${memberId}, who is not on the panel of this exercise: check who sent it; only panel members' sheets can be merged`,
  doesNotFitExercise: (detail: string) => `the sheet does not fit this exercise: ${detail}`,
  badSignature: (memberId: string, detail: string) => `the sheet from ${memberId} cannot be trusted: ${detail}`,
  notPinnedKey: (memberId: string, key: Base64Url, pinned: Base64Url) =>
    `signed by key ${fingerprint(key)}, which is not the key pinned for ${memberId} (fingerprint ${fingerprint(pinned)}): ask the member to re-export from their own Panelscore`,
  keyOfOtherMember: (memberId: string, key: Base64Url, owner: string) =>
    `signed by key ${fingerprint(key)}, which is pinned for ${owner}, not for ${memberId}: one member cannot sign for another; ask ${memberId} to export from their own Panelscore`,
  secretariatKey: (memberId: string, key: Base64Url) =>
    `signed by the secretariat's key ${fingerprint(key)}, not by ${memberId}'s own key: ask ${memberId} to export from their own Panelscore`,
  severalKeys: (memberId: string, keys: readonly Base64Url[]) =>
    `${memberId} has no pinned key and their sheets are signed by ${keys.length} different keys (${fingerprints(keys)}): confirm the member's key by reading the fingerprint aloud, pin it in a trust file and merge again`,
  sharedKey: (key: Base64Url, memberIds: readonly string[]) =>
    `key ${fingerprint(key)} signed the sheets of ${memberIds.length} unpinned members (${listed(memberIds, ', ')}), and one person cannot speak for two seats: confirm each member's key by reading the fingerprint aloud, pin it in a trust file and merge again`,
  conflict: (memberId: string, revision: number) =>
    `revision ${revision} of ${memberId} conflicts with another revision ${revision} that has different content: ask the member to export a new revision`,
};

/** Most items a reason lists, so that it stays readable (and within the 20,000-character text limit). */
const MAX_LISTED = 20;

function fingerprints(keys: readonly Base64Url[]): string {
  return listed(keys.map((k) => fingerprint(k)).sort(), '; ');
}

function listed(items: readonly string[], separator: string): string {
  if (items.length <= MAX_LISTED) return items.join(separator);
  return `${items.slice(0, MAX_LISTED).join(separator)}${separator}and ${items.length - MAX_LISTED} more`;
}
