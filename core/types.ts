/**
 * Domain types of the Panelscore file formats, version 1 (docs/formats.md).
 * These are the shapes after strict parsing; readers never see anything looser.
 */

/** A JSON value as produced by the strict parser (objects have no prototype tricks). */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** `sha256:` followed by 64 lowercase hex digits. */
export type HashString = string;
/** base64url without padding, canonical encoding. */
export type Base64Url = string;

export interface Signature {
  alg: 'Ed25519';
  publicKey: Base64Url;
  value: Base64Url;
}

export interface Scale {
  min: number;
  max: number;
  step: number;
  labels?: Record<string, string>;
}

export type CriterionKind = 'core' | 'functional' | 'technical';

export interface Criterion {
  id: string;
  name: string;
  kind: CriterionKind;
  weight: number;
  description?: string;
  indicators?: string[];
  anchors?: Record<string, string>;
  questions?: string[];
}

export interface CandidateDocument {
  path: string;
  mediaType: string;
  size: number;
  sha256: HashString;
}

export interface Candidate {
  id: string;
  name: string;
  summary?: string;
  fields?: Record<string, string>;
  documents?: CandidateDocument[];
}

export type PanelRole = 'chair' | 'member';

export interface PanelMember {
  id: string;
  name: string;
  affiliation?: string;
  role: PanelRole;
  publicKey?: Base64Url;
}

export interface Exercise {
  format: 'panelscore.exercise';
  formatVersion: 1;
  exerciseId: string;
  title: string;
  description?: string;
  issuedAt: string;
  secretariat: { name: string; publicKey: Base64Url };
  scale: Scale;
  divergenceThreshold?: number;
  criteria: Criterion[];
  candidates: Candidate[];
  panel: PanelMember[];
  signature: Signature;
}

/** An exercise before it is signed (what the secretariat authors). */
export type UnsignedExercise = Omit<Exercise, 'signature'>;

export interface Rating {
  criterionId: string;
  score: number;
  evidence?: string;
}

export interface SheetCandidate {
  candidateId: string;
  recused: boolean;
  recusalReason?: string;
  ratings: Rating[];
  comment?: string;
}

export interface ScoreSheet {
  format: 'panelscore.scores';
  formatVersion: 1;
  exerciseId: string;
  exerciseHash: HashString;
  memberId: string;
  revision: number;
  issuedAt: string;
  candidates: SheetCandidate[];
  signature: Signature;
}

export type UnsignedScoreSheet = Omit<ScoreSheet, 'signature'>;

export interface TrustFile {
  format: 'panelscore.trust';
  formatVersion: 1;
  exerciseId: string;
  members: { memberId: string; publicKey: Base64Url }[];
}

export interface DecisionInput {
  memberId: string;
  revision: number;
  sheetHash: HashString;
  fingerprint: string;
  pinned: boolean;
}

export interface DecisionRejection {
  fileHash: HashString;
  sheetHash: HashString | null;
  memberId: string | null;
  reason: string;
}

export interface CriterionSummary {
  mean: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

export interface DecisionCandidate {
  candidateId: string;
  panelScore: number | null;
  rank: number | null;
  memberTotals: Record<string, number | null>;
  recused: string[];
  incomplete: string[];
  criteria: Record<string, CriterionSummary>;
}

export interface Divergence {
  candidateId: string;
  criterionId: string;
  min: number;
  max: number;
}

export interface Reliability {
  icc21: number | null;
  icc2k: number | null;
  kendallW: number | null;
  krippendorffAlpha: number | null;
}

export interface ConsensusScore {
  candidateId: string;
  criterionId: string;
  score: number;
  justification: string;
}

export interface Concurrence {
  memberId: string;
  agrees: boolean;
  note?: string;
}

export interface Outcome {
  selected: string[];
  decidedAt: string;
  rationale: string;
  consensus: ConsensusScore[];
  concurrences: Concurrence[];
}

export interface DecisionRecord {
  format: 'panelscore.decision';
  formatVersion: 1;
  exerciseId: string;
  exerciseHash: HashString;
  inputs: DecisionInput[];
  rejected: DecisionRejection[];
  candidates: DecisionCandidate[];
  divergences: Divergence[];
  reliability: Reliability;
  outcome: Outcome | null;
  signature?: Signature;
  /** Readers ignore members they do not know; the signature still covers them. */
  [extra: string]: unknown;
}

/**
 * Something that can sign: a key held in memory (CLI, tests), in the Electron
 * main process (over IPC) or a non-extractable WebCrypto key (browser).
 */
export interface Signer {
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Promise<Uint8Array>;
}
