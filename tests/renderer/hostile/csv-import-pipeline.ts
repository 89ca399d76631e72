// The secretariat's CSV import as the app runs it (CandidatesEditor decodes, CsvImport parses,
// maps and checks), from file bytes to candidates or a refusal, for the hostile and fuzz tests.

import { utf8Decode } from '../../../core/encoding';
import { ID_PATTERN, TEXT_MAX_CODE_POINTS } from '../../../core/formats/common';
import { CsvError, candidatesFromRows, guessDelimiter, parseCsv, suggestMapping } from '../../../renderer/src/features/secretariat/editor/csv';
import type { CandidateDraft } from '../../../renderer/src/features/secretariat/editor/draft';
import { translate } from '../../../renderer/src/i18n';
import type { CsvStage } from '../../helpers/hostile-csv-cases';

export type CsvOutcome =
  | { stage: Exclude<CsvStage, 'imported'>; message: string }
  | { stage: 'imported'; candidates: CandidateDraft[] };

/** Runs the import on `bytes`; any exception other than the importer's own refusals escapes (a bug). */
export function importCandidateCsv(bytes: Uint8Array, fileName = 'candidates.csv'): CsvOutcome {
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch {
    return { stage: 'decode', message: translate('secretariat.candidates.notUtf8', { name: fileName }) };
  }
  let rows: string[][];
  try {
    rows = parseCsv(text, guessDelimiter(text));
  } catch (error) {
    if (error instanceof CsvError) return { stage: 'parse', message: error.message };
    throw error;
  }
  if (rows.length === 0) return { stage: 'empty', message: translate('editor.csv.errors.empty') };
  const [header, ...data] = rows;
  const result = candidatesFromRows(header, data, suggestMapping(header), []);
  if (result.errors.length > 0) {
    return { stage: 'rows', message: result.errors.map((e) => translate('editor.csv.rowError', { line: e.line, message: e.message })).join('\n') };
  }
  return { stage: 'imported', candidates: result.candidates };
}

/** What every imported candidate must be, whatever the file: what the exercise format accepts. */
export function candidateProblems(candidates: readonly CandidateDraft[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const c of candidates) {
    if (!ID_PATTERN.test(c.id)) problems.push(`id ${JSON.stringify(c.id)} is not an identifier`);
    if (ids.has(c.id)) problems.push(`id ${c.id} twice`);
    ids.add(c.id);
    if (c.name.trim() === '') problems.push(`candidate ${c.id} has no name`);
    for (const text of [c.name, c.summary, ...Object.keys(c.fields), ...Object.values(c.fields)]) {
      if ([...text].length > TEXT_MAX_CODE_POINTS) problems.push(`candidate ${c.id} has a text over the limit`);
      if (text.includes('\0')) problems.push(`candidate ${c.id} has a NUL`);
    }
  }
  return problems;
}
