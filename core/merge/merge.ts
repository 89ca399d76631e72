// The merge of formats.md §5: sheet files in, an unsigned decision record out (§6). The result
// depends only on the package, the bytes of the files and the trust file, never on their order.
import { hashString } from '../canonical';
import type { DecisionInput, DecisionRecord, DecisionRejection, Exercise, HashString } from '../types';
import { candidateResults } from './candidate-results';
import { checkSheetFile } from './check-sheet';
import { pinnedKeys } from './pinned-keys';
import { reliability } from './reliability';
import { buildScoreTable, memberTotals, scoreLayout } from './score-table';
import { type AcceptedSheet, compare, selectSheets } from './select-sheets';

/** What a merge reads: a verified package (from readPackage), the sheet files and an optional trust file. */
export interface MergeInput {
  pkg: { exercise: Exercise; exerciseHash: HashString };
  sheets: readonly Uint8Array[];
  trust?: Uint8Array;
}

/**
 * Merges score sheets into an unsigned decision record with `outcome: null` (formats.md §5-6).
 * Rejected sheets are listed in the record; a bad trust file throws a FormatError.
 */
export function mergeSheets(input: MergeInput): DecisionRecord {
  const { exercise, exerciseHash } = input.pkg;
  const context = {
    exercise,
    exerciseHash,
    panel: new Set(exercise.panel.map((m) => m.id)),
    keys: pinnedKeys(exercise, input.trust),
    layout: scoreLayout(exercise),
  };

  const seen = new Set<HashString>();
  const accepted: AcceptedSheet[] = [];
  const rejected: DecisionRejection[] = [];
  for (const bytes of input.sheets) {
    const fileHash = hashString(bytes);
    if (seen.has(fileHash)) continue; // byte-identical copies are one file
    seen.add(fileHash);
    const check = checkSheetFile(bytes, fileHash, context);
    if (check.accepted) accepted.push(check.accepted);
    else rejected.push(check.rejected);
  }

  const selection = selectSheets(accepted);
  rejected.push(...selection.rejected);
  rejected.sort((a, b) => compare(a.fileHash, b.fileHash) || compare(a.reason, b.reason));

  const table = buildScoreTable(context.layout, selection.inputs);
  const totals = memberTotals(exercise, table);
  const { candidates, divergences } = candidateResults(exercise, table, totals);
  return {
    format: 'panelscore.decision',
    formatVersion: 1,
    exerciseId: exercise.exerciseId,
    exerciseHash,
    inputs: selection.inputs.map(decisionInput),
    rejected,
    candidates,
    divergences,
    reliability: reliability(table, totals),
    outcome: null,
  };
}

function decisionInput(sheet: AcceptedSheet): DecisionInput {
  return {
    memberId: sheet.memberId,
    revision: sheet.revision,
    sheetHash: sheet.sheetHash,
    fingerprint: sheet.fingerprint,
    pinned: sheet.pinned,
  };
}
