// The secretariat's merge: core's mergeSheets over every collected file and the confirmed keys,
// then each file's fate (accepted, superseded or rejected) read back from the decision record.

import { fingerprint } from '../../../../core/crypto/ed25519';
import { utf8Decode, utf8Encode } from '../../../../core/encoding';
import { isIdentifier, isWholeNumber } from '../../../../core/formats/common';
import { parseStrictJson } from '../../../../core/json/strict-json';
import type { SheetCheck, SheetContext } from '../../../../core/merge/check-sheet';
import { checkSheetBytes, combineSheetChecks, mergeContext } from '../../../../core/merge/merge';
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
      memberId: isIdentifier(json.memberId) ? json.memberId : null,
      revision: isWholeNumber(json.revision) ? json.revision : null,
      publicKey,
    };
  } catch {
    return { json: null, memberId: null, revision: null, publicKey: null };
  }
}

/**
 * The per-file work of earlier merges, so that a merge after one more file checks only that file:
 * each file's check (valid for one package and one set of confirmed keys) and what it claims.
 */
export interface MergeMemo {
  /** The package hash and trust file the checks were made against. */
  contextKey: string | null;
  context: SheetContext | null;
  checks: Map<string, SheetCheck>;
  claims: Map<string, Claims>;
}

/** An empty memo: the next merge checks every file. */
export function createMergeMemo(): MergeMemo {
  return { contextKey: null, context: null, checks: new Map(), claims: new Map() };
}

/** The memo's context for this package and trust file, starting the checks afresh when either changed. */
function memoContext(memo: MergeMemo, pkg: { exercise: Exercise; exerciseHash: HashString }, trust: Uint8Array | undefined): SheetContext {
  const key = `${pkg.exerciseHash}\n${trust === undefined ? '' : utf8Decode(trust)}`;
  if (memo.context === null || memo.contextKey !== key) {
    memo.context = mergeContext(pkg, trust);
    memo.contextKey = key;
    memo.checks = new Map();
  }
  return memo.context;
}

/** Keeps the memo's entries for the files still collected only. */
function prune<T>(entries: Map<string, T>, kept: ReadonlySet<string>): void {
  for (const key of entries.keys()) if (!kept.has(key)) entries.delete(key);
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

/**
 * Merges every collected file with the confirmed keys (core's mergeSheets, step by step: files
 * already checked against the same package and keys are not checked again when `memo` holds
 * them); throws FormatError when the trust file is refused.
 */
export function mergeCollection(
  pkg: { exercise: Exercise; exerciseHash: HashString },
  sheets: readonly CollectedSheetRecord[],
  confirmed: readonly TrustRecord[],
  memo: MergeMemo = createMergeMemo(),
): CollectionMerge {
  const trust = trustFileBytes(pkg.exercise.exerciseId, confirmed);
  const context = memoContext(memo, pkg, trust);
  // Keyed by the hash the collection stored; the check itself hashes the bytes it reads.
  const checks = sheets.map((sheet) => {
    let check = memo.checks.get(sheet.fileHash);
    if (check === undefined) {
      check = checkSheetBytes(sheet.bytes, context);
      memo.checks.set(sheet.fileHash, check);
    }
    return check;
  });
  const decision = combineSheetChecks(context, checks);

  const kept = new Set(decision.inputs.map((i) => i.sheetHash));
  const rejections = new Map<HashString, string[]>();
  for (const r of decision.rejected) rejections.set(r.fileHash, [...(rejections.get(r.fileHash) ?? []), r.reason]);
  const pinnedMembers = new Set([
    ...pkg.exercise.panel.filter((m) => m.publicKey !== undefined).map((m) => m.id),
    ...confirmed.map((t) => t.memberId),
  ]);

  const recusalReasons = new Map<string, string>();
  const files = sheets.map((sheet, i): CollectedFile => {
    const check = checks[i];
    let claims = memo.claims.get(sheet.fileHash);
    if (claims === undefined) {
      claims = readClaims(sheet.bytes);
      memo.claims.set(sheet.fileHash, claims);
    }
    const fileHash = check.accepted ? check.accepted.fileHash : check.rejected.fileHash;
    const sheetHash = check.accepted ? check.accepted.sheetHash : check.rejected.sheetHash;
    const reasons = rejections.get(fileHash) ?? [];
    const status: FileStatus = reasons.length > 0 ? 'rejected' : sheetHash !== null && kept.has(sheetHash) ? 'accepted' : 'superseded';
    // An accepted sheet passed core's strict checks, so it has the shape of a ScoreSheet.
    if (status === 'accepted' && claims.json !== null) {
      const accepted = claims.json as unknown as ScoreSheet;
      for (const c of accepted.candidates) if (c.recusalReason !== undefined) recusalReasons.set(`${accepted.memberId}/${c.candidateId}`, c.recusalReason);
    }
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
      // Alone, a file that passes its own checks meets no key rule or conflict: the merge keeps it.
      soundAlone: check.accepted !== undefined,
    };
  });
  const collected = new Set(sheets.map((s) => s.fileHash));
  prune(memo.checks, collected);
  prune(memo.claims, collected);
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
