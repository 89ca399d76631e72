// Shapes of the report's data model (core/report/report-model.ts builds it): plain data, so the
// same model renders in the app, in a static HTML file from the CLI, and in tests.
import type { CriterionKind, DecisionRejection, PanelRole } from '../types';
import type { ReliabilityReading } from './reliability-reading';

export interface ReportScale {
  min: number;
  max: number;
  step: number;
  points: { point: number; label: string | null }[];
}

export interface ReportMember {
  id: string;
  /** The member's name, or `Member A`… when the report hides names. */
  label: string;
  affiliation: string | null;
  role: PanelRole;
  /** Fingerprint of the key pinned in the package roster, or null when none is pinned there. */
  pinnedFingerprint: string | null;
}

/** One member's score on one criterion, from their merged sheet. */
export interface ReportSheetScore {
  memberId: string;
  /** Null when the member recused or did not score this criterion. */
  score: number | null;
  evidence: string | null;
}

export interface ReportCriterionRow {
  criterionId: string;
  name: string;
  weight: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  n: number;
  /** Listed in the decision's divergences. */
  divergent: boolean;
  /** The consensus score agreed in the debrief, beside (never instead of) the independent ones. */
  consensus: { score: number; justification: string } | null;
  /** Each input member's score and evidence, in input order; null when the sheets were not given. */
  scores: ReportSheetScore[] | null;
}

export interface ReportCandidate {
  id: string;
  name: string;
  summary: string | null;
  panelScore: number | null;
  rank: number | null;
  consensusScore: number | null;
  consensusRank: number | null;
  /** Places moved with consensus (positive = up). */
  moved: number | null;
  /** Each input member's total, in input order. */
  memberTotals: { memberId: string; label: string; total: number | null }[];
  /** The spread of member totals, or null when no member has one. */
  totalsRange: { min: number; max: number } | null;
  /** Labels of members who recused / left criteria unscored. */
  recused: string[];
  incomplete: string[];
  /** In exercise order of criteria. */
  criteria: ReportCriterionRow[];
}

export interface ReportDivergence {
  candidateId: string;
  candidateName: string;
  criterionId: string;
  criterionName: string;
  min: number;
  max: number;
  /** The consensus that resolved it, or null when the panel left the independent scores to stand. */
  resolution: { score: number; justification: string } | null;
}

export interface ReportModel {
  exercise: {
    id: string;
    title: string;
    description: string | null;
    issuedAt: string;
    secretariatName: string;
    secretariatFingerprint: string;
    scale: ReportScale;
    divergenceThreshold: number;
    criteria: { id: string; name: string; kind: CriterionKind; weight: number; totalWeight: number; description: string | null }[];
  };
  /** The whole panel, in exercise order. */
  members: ReportMember[];
  decision: {
    /** Document hash of the decision record (signature included). */
    hash: string;
    exerciseHash: string;
    /** Fingerprint of the key that signed the record; null when unsigned or the signature fails. */
    signerFingerprint: string | null;
  };
  /** In exercise order. */
  candidates: ReportCandidate[];
  /** Candidate ids by independent rank (unranked last). */
  ranking: string[];
  divergences: ReportDivergence[];
  reliability: ReliabilityReading[];
  outcome: {
    selected: { id: string; name: string }[];
    decidedAt: string;
    rationale: string;
    concurrences: { memberId: string; label: string; agrees: boolean; note: string | null }[];
  } | null;
  /** The merged sheets, sorted by member id as in the decision. */
  inputs: { memberId: string; label: string; revision: number; sheetHash: string; fingerprint: string; pinned: boolean }[];
  rejected: DecisionRejection[];
  /** Whether evidence excerpts could be shown (the merged sheets were given). */
  evidence: { included: boolean; sheetsUsed: number; sheetsIgnored: number };
}
