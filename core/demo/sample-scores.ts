/**
 * The demo panel's sample score sheets: plausible scores with some divergence, one recusal
 * (m-norway from cand-03) and one member (m-kenya) with a draft revision 1 and a final revision 2.
 */
import type { HashString, SheetCandidate, UnsignedScoreSheet } from '../types';
import { DEMO_EXERCISE_ID } from './panel';
import { DEMO_CRITERIA } from './rubric';

/** Scores in DEMO_CRITERIA order, or a recusal reason. */
type Entry = readonly number[] | { recused: string };

interface DemoSheetSpec {
  memberId: string;
  revision: number;
  issuedAt: string;
  scores: Readonly<Record<string, Entry>>;
  comments?: Readonly<Record<string, string>>;
  /** Evidence notes keyed `candidateId/criterionId`. */
  evidence?: Readonly<Record<string, string>>;
}

const SPECS: readonly DemoSheetSpec[] = [
  {
    memberId: 'm-chile',
    revision: 1,
    issuedAt: '2026-05-19T17:40:00Z',
    scores: {
      'cand-01': [4, 4, 5, 4, 5, 4, 4],
      'cand-02': [5, 5, 4, 3, 4, 5, 4],
      'cand-03': [3, 4, 3, 5, 4, 4, 4],
      'cand-04': [3, 3, 4, 2, 5, 3, 4],
      'cand-05': [4, 3, 3, 4, 4, 3, 5],
    },
    comments: {
      'cand-01': 'Most complete profile for the post; ready from day one.',
      'cand-02': 'Outstanding diplomat; would need support on management.',
    },
    evidence: {
      'cand-01/presidency-support': 'Supported four presidencies; precise account of the action plan consultations.',
      'cand-02/strategic-engagement': 'Convincing example of bridging regional groups on cooperation and assistance.',
      'cand-02/team-and-budget': 'Has supervised two officers only; answer on the funding shortfall was general.',
      'cand-03/team-and-budget': 'Runs a USD 38 million portfolio with nine direct reports.',
      'cand-05/integrity': 'Handled donor pressure on the extension request openly.',
    },
  },
  {
    memberId: 'm-norway',
    revision: 1,
    issuedAt: '2026-05-19T18:05:00Z',
    scores: {
      'cand-01': [4, 4, 4, 4, 5, 4, 4],
      'cand-02': [4, 4, 4, 2, 4, 4, 4],
      'cand-03': { recused: 'Supervised the candidate’s programme as a donor representative, 2013–2016; declared to the chair before the interviews.' },
      'cand-04': [3, 3, 4, 3, 5, 4, 4],
      'cand-05': [4, 4, 3, 4, 4, 3, 4],
    },
    evidence: {
      'cand-02/team-and-budget': 'No experience of managing a budget with donor reporting.',
      'cand-04/convention-knowledge': 'Exceptional command of the victim assistance obligations.',
    },
  },
  {
    memberId: 'm-kenya',
    revision: 1,
    issuedAt: '2026-05-18T18:30:00Z',
    scores: {
      'cand-01': [4, 4, 4, 4, 4, 4, 4],
      'cand-02': [4, 4, 4, 3, 4, 4, 4],
      'cand-03': [3, 3, 3, 4, 4, 4, 4],
    },
    comments: { 'cand-03': 'Draft after the first day of interviews.' },
  },
  {
    memberId: 'm-kenya',
    revision: 2,
    issuedAt: '2026-05-19T18:20:00Z',
    scores: {
      'cand-01': [5, 4, 5, 4, 4, 4, 4],
      'cand-02': [4, 4, 4, 2, 4, 4, 4],
      'cand-03': [3, 3, 2, 4, 4, 4, 4],
      'cand-04': [3, 2, 4, 2, 5, 3, 4],
      'cand-05': [4, 3, 3, 4, 4, 4, 5],
    },
    comments: { 'cand-01': 'Revised after comparing with the second day: the strongest on presidency support.' },
    evidence: {
      'cand-03/presidency-support': 'Has attended meetings as an observer but never advised a chair.',
    },
  },
  {
    memberId: 'm-laos',
    revision: 1,
    issuedAt: '2026-05-19T17:55:00Z',
    scores: {
      'cand-01': [4, 4, 4, 3, 4, 4, 4],
      'cand-02': [5, 4, 4, 4, 4, 5, 4],
      'cand-03': [2, 3, 3, 5, 4, 3, 4],
      'cand-04': [2, 3, 4, 2, 4, 3, 4],
      'cand-05': [5, 4, 4, 5, 5, 3, 5],
    },
    comments: { 'cand-05': 'Brings the view of affected States that the Unit needs.' },
    evidence: {
      'cand-05/strategic-engagement': 'Led a successful extension request through the Meeting of States Parties.',
      'cand-03/strategic-engagement': 'Operational focus; little evidence of work with delegations.',
    },
  },
  {
    memberId: 'm-jordan',
    revision: 1,
    issuedAt: '2026-05-19T18:10:00Z',
    scores: {
      'cand-01': [4, 5, 5, 5, 5, 4, 5],
      'cand-02': [4, 4, 3, 2, 3, 4, 3],
      'cand-03': [4, 4, 3, 5, 4, 4, 4],
      'cand-04': [3, 3, 4, 2, 4, 3, 4],
      'cand-05': [3, 3, 3, 3, 4, 3, 4],
    },
    evidence: {
      'cand-01/team-and-budget': 'Clear principles for prioritising when contributions fall short.',
      'cand-05/strategic-engagement': 'Experience is mostly from one national delegation.',
    },
  },
];

function sheetCandidate(spec: DemoSheetSpec, candidateId: string, entry: Entry): SheetCandidate {
  const comment = spec.comments?.[candidateId];
  if (!Array.isArray(entry)) {
    return { candidateId, recused: true, recusalReason: (entry as { recused: string }).recused, ratings: [] };
  }
  const ratings = (entry as readonly number[]).map((score, i) => {
    const criterionId = DEMO_CRITERIA[i].id;
    const evidence = spec.evidence?.[`${candidateId}/${criterionId}`];
    return evidence === undefined ? { criterionId, score } : { criterionId, score, evidence };
  });
  return comment === undefined ? { candidateId, recused: false, ratings } : { candidateId, recused: false, ratings, comment };
}

/** The demo's unsigned score sheets, bound to the given exercise hash, in a fixed order. */
export function demoUnsignedSheets(exerciseHash: HashString): UnsignedScoreSheet[] {
  return SPECS.map((spec) => ({
    format: 'panelscore.scores',
    formatVersion: 1,
    exerciseId: DEMO_EXERCISE_ID,
    exerciseHash,
    memberId: spec.memberId,
    revision: spec.revision,
    issuedAt: spec.issuedAt,
    candidates: Object.entries(spec.scores).map(([candidateId, entry]) => sheetCandidate(spec, candidateId, entry)),
  }));
}
