// The printable report's input from the debrief: the signed decision when there is one (else the
// merge as it stands), the kept sheets for evidence excerpts, and the member naming on screen.

import { parseStrictJson } from '../../../../core/json/strict-json';
import { type ReportModel, buildReportModel } from '../../../../core/report/report-model';
import type { DecisionRecord, Exercise, ScoreSheet } from '../../../../core/types';

/** The report model for the debrief's current decision; `anonymous` shows members as Member A, B, …. */
export function debriefReportModel(
  exercise: Exercise,
  decision: DecisionRecord,
  sheetBytes: readonly Uint8Array[],
  anonymous: boolean,
): ReportModel {
  const sheets: ScoreSheet[] = [];
  for (const bytes of sheetBytes) {
    try {
      // The report keeps only the sheets whose hash is among the decision's inputs.
      sheets.push(parseStrictJson(bytes) as unknown as ScoreSheet);
    } catch {
      // unreadable files never reached the merge
    }
  }
  return buildReportModel({ exercise, decision, sheets, anonymous });
}
