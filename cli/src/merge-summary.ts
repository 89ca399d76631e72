/**
 * The human summary `panelscore merge` prints on stderr: ranking table, divergences,
 * reliability, rejected sheets named by their files, and unpinned keys to confirm.
 */
import { formatCoefficient, formatRank, formatScore } from '../../core/report/format';
import type { DecisionRecord, Exercise, HashString } from '../../core/types';

/** File names of the inputs, by the hash of the file bytes and by the document hash. */
export interface InputNames {
  byFileHash: ReadonlyMap<HashString, string[]>;
  bySheetHash: ReadonlyMap<HashString, string[]>;
}

function pad(text: string, width: number): string {
  const length = [...text].length;
  return length >= width ? text : text + ' '.repeat(width - length);
}

function names(list: readonly string[] | undefined): string {
  return list === undefined || list.length === 0 ? '(file not named)' : list.join(', ');
}

/** Rows of cells as aligned text columns, indented by two spaces. */
function columns(rows: readonly string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => `  ${r.map((cell, i) => pad(cell, widths[i])).join('  ')}`.trimEnd());
}

function rankingTable(record: DecisionRecord, exercise: Exercise): string[] {
  const candidateNames = new Map(exercise.candidates.map((c) => [c.id, c.name]));
  const rows = [...record.candidates].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  return columns([
    ['Rank', 'Candidate', 'Panel score', 'Totals', 'Recused', 'Incomplete'],
    ...rows.map((c) => [
      formatRank(c.rank),
      `${c.candidateId} ${candidateNames.get(c.candidateId) ?? ''}`,
      formatScore(c.panelScore),
      `${Object.values(c.memberTotals).filter((t) => t !== null).length}/${record.inputs.length}`,
      c.recused.join(', ') || '—',
      c.incomplete.join(', ') || '—',
    ]),
  ]);
}

/** The multi-line summary of a merge result for a person at a terminal. */
export function formatMergeSummary(record: DecisionRecord, exercise: Exercise, inputNames: InputNames): string {
  const lines: string[] = [];
  lines.push(`Merged ${record.inputs.length} sheet(s) for ${exercise.exerciseId} "${exercise.title}"`);
  if (record.inputs.length > 0) {
    lines.push(
      ...columns(record.inputs.map((i) => [i.memberId, `revision ${i.revision}`, `key ${i.fingerprint}`, i.pinned ? 'pinned' : 'UNPINNED', names(inputNames.bySheetHash.get(i.sheetHash))])),
    );
  }
  lines.push('', 'Ranking by panel score (mean of the members\' weighted totals; equal scores share a rank):', ...rankingTable(record, exercise));
  const threshold = exercise.divergenceThreshold ?? 2;
  lines.push('', `Divergences (max − min ≥ ${threshold}) to discuss: ${record.divergences.length === 0 ? 'none' : record.divergences.length}`);
  if (record.divergences.length > 0) lines.push(...columns(record.divergences.map((d) => [d.candidateId, d.criterionId, `${d.min} to ${d.max}`])));
  const r = record.reliability;
  lines.push('', `Reliability: ICC(2,1) ${formatCoefficient(r.icc21)}  ICC(2,k) ${formatCoefficient(r.icc2k)}  Kendall's W ${formatCoefficient(r.kendallW)}  Krippendorff's alpha ${formatCoefficient(r.krippendorffAlpha)}`);
  if (record.rejected.length > 0) {
    lines.push('', `Rejected sheets (${record.rejected.length}), not counted in the result:`);
    for (const rejection of record.rejected) {
      lines.push(`  ${names(inputNames.byFileHash.get(rejection.fileHash))}${rejection.memberId === null ? '' : ` (member ${rejection.memberId})`}: ${rejection.reason}`);
    }
  }
  const used = new Set([...record.inputs.flatMap((i) => inputNames.bySheetHash.get(i.sheetHash) ?? []), ...record.rejected.flatMap((r) => inputNames.byFileHash.get(r.fileHash) ?? [])]);
  const superseded = [...inputNames.byFileHash.values()].flat().filter((name) => !used.has(name));
  if (superseded.length > 0) lines.push('', `Superseded by a newer revision of the same member, not counted: ${superseded.join(', ')}`);
  const unpinned = record.inputs.filter((i) => !i.pinned);
  if (unpinned.length > 0) {
    lines.push('', 'Unpinned keys: confirm each fingerprint with the member (read it aloud) before relying on the result,');
    lines.push('then pin it in a trust file (--trust) or in the next package:');
    lines.push(...columns(unpinned.map((i) => [i.memberId, `fingerprint ${i.fingerprint}`, names(inputNames.bySheetHash.get(i.sheetHash))])));
  }
  return `${lines.join('\n')}\n`;
}
