// What the debrief screen shows, derived from core's merge: each member's own score and evidence
// note per item (read from the sheets the merge kept), divergences, and how members are named.

import { parseStrictJson } from '../../../../core/json/strict-json';
import { memberLetter } from '../../../../core/report/format';
import { translate } from '../../i18n';
import type { DecisionRecord, Exercise, ScoreSheet } from '../../../../core/types';

/** One member's score of one (candidate, criterion), with the evidence note they wrote. */
export interface MemberScore {
  memberId: string;
  score: number;
  evidence?: string;
}

/** Everything the debrief views read: the exercise, core's decision record and the members' own scores. */
export interface DebriefData {
  exercise: Exercise;
  decision: DecisionRecord;
  /** Keyed by itemKey(candidateId, criterionId); members in panel order. */
  scores: ReadonlyMap<string, MemberScore[]>;
  /** itemKey of every divergent item. */
  divergent: ReadonlySet<string>;
  /** Recusal reasons keyed `memberId/candidateId`. */
  recusalReasons: ReadonlyMap<string, string>;
}

/** The key of one (candidate, criterion) item. */
export function itemKey(candidateId: string, criterionId: string): string {
  return `${candidateId}/${criterionId}`;
}

/** Indexes the ratings of the sheets the merge kept (any other bytes are ignored). */
export function memberScores(
  decision: DecisionRecord,
  sheetBytes: readonly Uint8Array[],
  panelOrder: readonly string[] = [],
): Map<string, MemberScore[]> {
  const order = new Map(panelOrder.map((memberId, i) => [memberId, i]));
  const keptRevision = new Map(decision.inputs.map((input) => [input.memberId, input.revision]));
  const byItem = new Map<string, MemberScore[]>();
  for (const bytes of sheetBytes) {
    let sheet: ScoreSheet;
    try {
      sheet = parseStrictJson(bytes) as unknown as ScoreSheet;
    } catch {
      continue;
    }
    // Only the kept revision of each member: superseded or rejected files say nothing on screen.
    if (keptRevision.get(sheet.memberId) !== sheet.revision || !Array.isArray(sheet.candidates)) continue;
    for (const candidate of sheet.candidates) {
      if (candidate.recused) continue;
      for (const rating of candidate.ratings) {
        const key = itemKey(candidate.candidateId, rating.criterionId);
        const entry: MemberScore = { memberId: sheet.memberId, score: rating.score };
        if (rating.evidence !== undefined && rating.evidence.trim() !== '') entry.evidence = rating.evidence;
        byItem.set(key, [...(byItem.get(key) ?? []), entry]);
      }
    }
  }
  for (const list of byItem.values())
    list.sort((a, b) => (order.get(a.memberId) ?? 0) - (order.get(b.memberId) ?? 0));
  return byItem;
}

/** Builds the debrief's data from the merge and the bytes of the collected sheets. */
export function debriefData(
  exercise: Exercise,
  decision: DecisionRecord,
  sheetBytes: readonly Uint8Array[],
  recusalReasons: ReadonlyMap<string, string> = new Map(),
): DebriefData {
  return {
    exercise,
    decision,
    scores: memberScores(
      decision,
      sheetBytes,
      exercise.panel.map((m) => m.id),
    ),
    divergent: new Set(decision.divergences.map((d) => itemKey(d.candidateId, d.criterionId))),
    recusalReasons,
  };
}

export type MemberLabelMode = 'names' | 'letters';

/** The members whose sheets are in the merge, in panel order (the order of the letters A, B, …). */
export function membersInMerge(data: Pick<DebriefData, 'exercise' | 'decision'>): string[] {
  const inMerge = new Set(data.decision.inputs.map((i) => i.memberId));
  return data.exercise.panel.map((m) => m.id).filter((id) => inMerge.has(id));
}

/** How a member is named on screen: by name, or as Member A, B, … (in the interface language) in panel order. */
export function memberLabeller(
  exercise: Pick<Exercise, 'panel'>,
  mode: MemberLabelMode,
): (memberId: string) => string {
  const index = new Map(exercise.panel.map((m, i) => [m.id, i]));
  const names = new Map(exercise.panel.map((m) => [m.id, m.name]));
  return (memberId) => {
    const i = index.get(memberId);
    if (i === undefined) return memberId;
    return mode === 'letters'
      ? translate('debrief.memberLetter', { letter: memberLetter(i) })
      : (names.get(memberId) ?? memberId);
  };
}

/** The short mark drawn in a chart for a member: A, B, … in panel order. */
export function memberMark(exercise: Pick<Exercise, 'panel'>, memberId: string): string {
  const i = exercise.panel.findIndex((m) => m.id === memberId);
  return i < 0 ? '?' : memberLetter(i);
}

/** A candidate's name (the only personal data the debrief shows). */
export function candidateName(exercise: Pick<Exercise, 'candidates'>, candidateId: string): string {
  return exercise.candidates.find((c) => c.id === candidateId)?.name ?? candidateId;
}

/** A criterion's name. */
export function criterionName(exercise: Pick<Exercise, 'criteria'>, criterionId: string): string {
  return exercise.criteria.find((k) => k.id === criterionId)?.name ?? criterionId;
}
