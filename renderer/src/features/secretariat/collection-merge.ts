// The secretariat's merge: core's mergeSheets over every collected file and the confirmed keys,
// then each file's fate (accepted, superseded or rejected) read back from the decision record.

import { documentHash } from '../../../../core/canonical';
import { fingerprint } from '../../../../core/crypto/ed25519';
import { utf8Encode } from '../../../../core/encoding';
import { isIdentifier, isWholeNumber } from '../../../../core/formats/common';
import { parseStrictJson } from '../../../../core/json/strict-json';
import { mergeSheets } from '../../../../core/merge/merge';
import type { DecisionRecord, Exercise, HashString, JsonObject, ScoreSheet, TrustFile } from '../../../../core/types';
import type { CollectedSheetRecord, TrustRecord } from '../../db';

export type FileStatus = 'accepted' | 'superseded' | 'rejected';

/** One collected file as the secretariat sees it after the merge. */
export interface CollectedFile {
  fileHash: HashString;
  fileName: string;
  status: FileStatus;
  /** Why the merge refused the file (rejected files only). */
  reasons: string[];
  memberId: string | null;
  revision: number | null;
  /** The signing key named in the file (base64url) and its fingerprint, when the file names one. */
  publicKey: string | null;
  fingerprint: string | null;
  /** The member's key is pinned, in the package or by a confirmed fingerprint. */
  pinned: boolean;
  /** The file would pass on its own: a rejection came from the other files (key rules, conflicts). */
  soundAlone: boolean;
}

/** The merge of a collection: the decision record and every file's status (rejected first, then by name). */
export interface CollectionMerge {
  decision: DecisionRecord;
  files: CollectedFile[];
  /** The trust file given to the merge (JSON bytes), or undefined when no key was confirmed. */
  trust: Uint8Array | undefined;
  /** The reason each member gave for recusing, from the kept sheets, keyed `memberId/candidateId`. */
  recusalReasons: Map<string, string>;
}

interface Claims {
  json: JsonObject | null;
  sheetHash: HashString | null;
  memberId: string | null;
  revision: number | null;
  publicKey: string | null;
}

/** What a file says about itself, read leniently: the merge, not this, decides what holds. */
function readClaims(bytes: Uint8Array): Claims {
  try {
    const json = parseStrictJson(bytes);
    const signature = json.signature;
    const key = typeof signature === 'object' && signature !== null && !Array.isArray(signature) ? signature.publicKey : undefined;
    let publicKey: string | null = null;
    if (typeof key === 'string') {
      try {
        fingerprint(key);
        publicKey = key;
      } catch {
        // not a key: the merge says why
      }
    }
    return {
      json,
      sheetHash: documentHash(json),
      memberId: isIdentifier(json.memberId) ? json.memberId : null,
      revision: isWholeNumber(json.revision) ? json.revision : null,
      publicKey,
    };
  } catch {
    return { json: null, sheetHash: null, memberId: null, revision: null, publicKey: null };
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The trust file (formats §4) for the keys the secretariat confirmed, as canonical-order JSON bytes. */
export function trustFileBytes(exerciseId: string, trust: readonly TrustRecord[]): Uint8Array | undefined {
  if (trust.length === 0) return undefined;
  const file: TrustFile = {
    format: 'panelscore.trust',
    formatVersion: 1,
    exerciseId,
    members: trust.map(({ memberId, publicKey }) => ({ memberId, publicKey })),
  };
  return utf8Encode(`${JSON.stringify(file, null, 2)}\n`);
}

/** Merges every collected file with the confirmed keys; throws FormatError when the trust file is refused. */
export function mergeCollection(
  pkg: { exercise: Exercise; exerciseHash: HashString },
  sheets: readonly CollectedSheetRecord[],
  confirmed: readonly TrustRecord[],
): CollectionMerge {
  const trust = trustFileBytes(pkg.exercise.exerciseId, confirmed);
  const input = trust === undefined ? { pkg, sheets: sheets.map((s) => s.bytes) } : { pkg, sheets: sheets.map((s) => s.bytes), trust };
  const decision = mergeSheets(input);

  const kept = new Set(decision.inputs.map((i) => i.sheetHash));
  const rejections = new Map<HashString, string[]>();
  for (const r of decision.rejected) rejections.set(r.fileHash, [...(rejections.get(r.fileHash) ?? []), r.reason]);
  const pinnedMembers = new Set([
    ...pkg.exercise.panel.filter((m) => m.publicKey !== undefined).map((m) => m.id),
    ...confirmed.map((t) => t.memberId),
  ]);

  const recusalReasons = new Map<string, string>();
  const files = sheets.map((sheet): CollectedFile => {
    const claims = readClaims(sheet.bytes);
    const reasons = rejections.get(sheet.fileHash) ?? [];
    const status: FileStatus = reasons.length > 0 ? 'rejected' : claims.sheetHash !== null && kept.has(claims.sheetHash) ? 'accepted' : 'superseded';
    // An accepted sheet passed core's strict checks, so it has the shape of a ScoreSheet.
    if (status === 'accepted' && claims.json !== null) {
      const accepted = claims.json as unknown as ScoreSheet;
      for (const c of accepted.candidates) if (c.recusalReason !== undefined) recusalReasons.set(`${accepted.memberId}/${c.candidateId}`, c.recusalReason);
    }
    const alone = status === 'rejected' ? mergeSheets({ ...input, sheets: [sheet.bytes] }).inputs.length === 1 : true;
    return {
      fileHash: sheet.fileHash,
      fileName: sheet.fileName,
      status,
      reasons,
      memberId: claims.memberId,
      revision: claims.revision,
      publicKey: claims.publicKey,
      fingerprint: claims.publicKey === null ? null : fingerprint(claims.publicKey),
      pinned: claims.memberId !== null && pinnedMembers.has(claims.memberId),
      soundAlone: alone,
    };
  });
  const order: Record<FileStatus, number> = { rejected: 0, accepted: 1, superseded: 2 };
  files.sort((a, b) => order[a.status] - order[b.status] || a.fileName.localeCompare(b.fileName, 'en') || compareText(a.fileHash, b.fileHash));
  return { decision, files, trust, recusalReasons };
}

/**
 * Whether the secretariat may pin the key of `file` for its member once the member reads the
 * fingerprint aloud: the member is unpinned, the file is sound on its own, and the key belongs
 * to no other member and is not the secretariat's (a trust file saying so would stop the merge).
 */
export function canConfirmKey(file: CollectedFile, exercise: Exercise, confirmed: readonly TrustRecord[]): boolean {
  if (file.pinned || file.publicKey === null || file.memberId === null || !file.soundAlone) return false;
  if (file.publicKey === exercise.secretariat.publicKey) return false;
  if (exercise.panel.some((m) => m.publicKey === file.publicKey)) return false;
  return !confirmed.some((t) => t.publicKey === file.publicKey);
}
