// Row shapes of the `panelscore` IndexedDB database, one interface per table.
// Components see these plain objects, never Dexie's table types.

import type { Concurrence, ConsensusScore, DecisionRecord, Exercise, HashString, Outcome } from '../../../core/types';
import type { Role } from '../roles';

/** One role's copy of one exercise: `${role}:${exerciseId}`. */
export interface WorkspaceRecord {
  id: string;
  role: Role;
  exerciseId: string;
  /** The exercise title, copied here so lists need not load whole exercises. */
  title: string;
  createdAt: string;
  /** When the workspace was last opened or changed; lists show the newest first. */
  updatedAt: string;
}

/** The verified exercise a workspace currently holds (one per workspace). */
export interface ExerciseRecord {
  workspaceId: string;
  exerciseId: string;
  exerciseHash: HashString;
  exercise: Exercise;
  /** The secretariat key that signed the package (base64url), pinned on first import. */
  secretariatKey: string;
  secretariatFingerprint: string;
  importedAt: string;
}

/** A candidate document from the package, bytes as verified against the exercise. */
export interface DocumentRecord {
  workspaceId: string;
  path: string;
  mediaType: string;
  sha256: HashString;
  bytes: Uint8Array;
  /**
   * Set by a member's import of a large package: the bytes are in this Blob, which IndexedDB
   * keeps on disk, and `bytes` is empty. Read documents through getDocument, which fills `bytes`.
   */
  blob?: Blob;
  /**
   * Set with `blob` when the package had the document deflated: the Blob holds the packed bytes
   * as the package stored them (raw deflate, checked at import), and this is their unpacked size.
   * The import then never holds unpacked documents; getDocument unpacks one when it is read.
   */
  packedSize?: number;
}

/** A member's score of one candidate on one criterion (member workspaces only). */
export interface ScoreRecord {
  workspaceId: string;
  candidateId: string;
  criterionId: string;
  /** Null while the member has written evidence notes but not chosen a score yet. */
  score: number | null;
  evidence?: string;
  updatedAt: string;
}

/** A member's comment and recusal for one candidate. */
export interface CandidateNoteRecord {
  workspaceId: string;
  candidateId: string;
  comment?: string;
  recused: boolean;
  recusalReason?: string;
  updatedAt: string;
}

/** One append-only entry of a workspace's edit log, hash-chained to the one before. */
export interface EditLogRecord {
  seq?: number;
  workspaceId: string;
  at: string;
  action: string;
  detail: Record<string, unknown>;
  prevHash: HashString | null;
  hash: HashString;
}

/** A score sheet the member exported (kept so a revision can be re-saved or audited). */
export interface ExportedSheetRecord {
  workspaceId: string;
  revision: number;
  sheetHash: HashString;
  bytes: Uint8Array;
  exportedAt: string;
  /** The file name it was offered under, e.g. `m-laos.r2.scores.json`. */
  fileName?: string;
  /** Hash of what was scored (not of revision or time): tells whether anything changed since. */
  contentHash?: HashString;
}

/** Which panel entry the person using a member workspace is, and the key they sign with. */
export interface MemberIdentityRecord {
  workspaceId: string;
  memberId: string;
  /** The workspace's public key (base64url) when the identity was chosen. */
  publicKey: string;
  fingerprint: string;
  chosenAt: string;
}

/** A score-sheet file the secretariat collected, as received (verified at merge time). */
export interface CollectedSheetRecord {
  workspaceId: string;
  fileHash: HashString;
  fileName: string;
  bytes: Uint8Array;
  /** The sheet's memberId when it could be read, for listing; null for unreadable files. */
  memberId: string | null;
  addedAt: string;
}

/** A member key the secretariat confirmed out of band (section 4 of the formats). */
export interface TrustRecord {
  workspaceId: string;
  memberId: string;
  publicKey: string;
  fingerprint: string;
  confirmedAt: string;
}

/** The debrief's working state: the merge it discusses and the consensus reached so far. */
export interface DebriefRecord {
  workspaceId: string;
  decision: DecisionRecord | null;
  consensus: ConsensusScore[];
  outcome: Outcome | null;
  updatedAt: string;
  /** The outcome as the panel records it, before the decision is signed (saved as it is made). */
  draft?: OutcomeDraft;
}

/** The debrief's outcome while it is being recorded: `decidedAt` is set only when the decision is signed. */
export interface OutcomeDraft {
  selected: string[];
  rationale: string;
  concurrences: Concurrence[];
}

/** A small app-wide preference. */
export interface SettingRecord {
  key: string;
  value: unknown;
}
