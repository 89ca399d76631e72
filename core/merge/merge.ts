// The merge of formats.md §5: sheet files in, an unsigned decision record out (§6). The result
// depends only on the package, the bytes of the files and the trust file, never on their order.
import { hashString } from '../canonical';
import type { DecisionInput, DecisionRecord, DecisionRejection, Exercise, HashString } from '../types';
import { candidateResults } from './candidate-results';
import { type SheetCheck, type SheetContext, checkSheetFile } from './check-sheet';
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
  const context = mergeContext(input.pkg, input.trust);
  const seen = new Set<HashString>();
  const checks: SheetCheck[] = [];
  for (const bytes of input.sheets) {
    const fileHash = hashString(bytes);
    if (seen.has(fileHash)) continue; // byte-identical copies are one file
    seen.add(fileHash);
    checks.push(checkSheetFile(bytes, fileHash, context));
  }
  return combineSheetChecks(context, checks);
}

/**
 * What each file is checked against: the package, its panel, the pinned keys (throws FormatError
 * for a bad trust file) and the score layout. The same inputs always give the same context.
 */
export function mergeContext(pkg: MergeInput['pkg'], trust?: Uint8Array): SheetContext {
  const { exercise, exerciseHash } = pkg;
  return {
    exercise,
    exerciseHash,
    panel: new Set(exercise.panel.map((m) => m.id)),
    keys: pinnedKeys(exercise, trust),
    layout: scoreLayout(exercise),
  };
}

/** The per-file step of the merge (§5 steps 1-2): the file's hash and its check, from its bytes alone. */
export function checkSheetBytes(bytes: Uint8Array, context: SheetContext): SheetCheck {
  return checkSheetFile(bytes, hashString(bytes), context);
}

/**
 * The combining step (§5 steps 3-8) over the checks of the files, in any order: checks of
 * byte-identical files count once, so hosts may check files in parallel and combine here.
 */
export function combineSheetChecks(context: SheetContext, checks: readonly SheetCheck[]): DecisionRecord {
  const { exercise, exerciseHash } = context;
  const seen = new Set<HashString>();
  const accepted: AcceptedSheet[] = [];
  const rejected: DecisionRejection[] = [];
  for (const check of checks) {
    const fileHash = check.accepted ? check.accepted.fileHash : check.rejected.fileHash;
    if (seen.has(fileHash)) continue;
    seen.add(fileHash);
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
