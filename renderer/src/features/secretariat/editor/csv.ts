// Candidate lists from spreadsheets: an RFC 4180 CSV reader (no CSV library is installed)
// and the column mapping that turns rows into candidates, all rows or none.

import { ID_PATTERN, TEXT_MAX_CODE_POINTS } from '../../../../../core/formats/common';
import { translate } from '../../../i18n';
import { type CandidateDraft, slugOf } from './draft';

/** A CSV file that cannot be read at all (not a row problem). */
export class CsvError extends Error {}

/** At most this many data rows: an exercise holds at most 10,000 candidates (formats §3). */
export const MAX_CSV_ROWS = 10_000;
/** At most this many columns: each becomes a select in the mapping table. */
export const MAX_CSV_COLUMNS = 200;

/**
 * Parses RFC 4180 CSV: fields separated by `delimiter`, quoted with '"' ('""' inside quotes is
 * one quote), records ended by CRLF or LF. A leading BOM is dropped; blank lines are skipped.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // A NUL never belongs in a text export: the file is binary (a spreadsheet saved as .xlsx or .ods).
  const nul = input.indexOf('\0');
  if (nul >= 0) throw new CsvError(translate('editor.csv.errors.binary', { line: input.slice(0, nul).split('\n').length }));
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let quoteLine = 0;
  const endField = () => {
    if (row.length === MAX_CSV_COLUMNS) throw new CsvError(translate('editor.csv.errors.tooManyColumns', { line, max: MAX_CSV_COLUMNS }));
    row.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    if (rows.length > MAX_CSV_ROWS + 1) throw new CsvError(translate('editor.csv.errors.tooManyRows', { max: MAX_CSV_ROWS }));
    row = [];
  };
  // Runs of ordinary characters are copied in one slice, not one append each: a 2 MB field stays fast.
  const special = new RegExp(`[${delimiter.replace(/[\\\]^-]/g, '\\$&')}"\\r\\n]`, 'g');
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      const close = input.indexOf('"', i);
      const end = close < 0 ? input.length : close;
      const chunk = input.slice(i, end);
      for (let n = chunk.indexOf('\n'); n >= 0; n = chunk.indexOf('\n', n + 1)) line++;
      field += chunk;
      i = end;
      if (close < 0) break;
      if (input[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') {
      if (field !== '' || wasQuoted) throw new CsvError(translate('editor.csv.errors.strayQuote', { line }));
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      if (wasQuoted) throw new CsvError(translate('editor.csv.errors.afterQuote', { line }));
      special.lastIndex = i;
      const end = special.exec(input)?.index ?? input.length;
      field += input.slice(i, end);
      i = end - 1;
    }
  }
  if (quoted) throw new CsvError(translate('editor.csv.errors.unclosed', { line: quoteLine }));
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** The delimiter of a CSV header line: ';' or tab when the header has more of those than commas. */
export function guessDelimiter(text: string): string {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (d: string) => header.split(d).length - 1;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** Where a column goes: the candidate's id, name, summary, an extra field under its header, or nowhere. */
export type ColumnTarget = 'id' | 'name' | 'summary' | 'field' | 'ignore';

/** The mapping a header suggests: "Name" to name, "ID" to id, "Summary" to summary, the rest to fields. */
export function suggestMapping(header: readonly string[]): ColumnTarget[] {
  const taken = new Set<ColumnTarget>();
  return header.map((h) => {
    const key = h.trim().toLowerCase();
    const target: ColumnTarget =
      ['id', 'candidate id', 'candidateid', 'reference'].includes(key) ? 'id'
      : ['name', 'full name', 'candidate', 'candidate name'].includes(key) ? 'name'
      : ['summary', 'profile'].includes(key) ? 'summary'
      : 'field';
    if (target !== 'field' && taken.has(target)) return 'field';
    taken.add(target);
    return target;
  });
}

export interface RowError {
  /** The line number in the file (the header is line 1). */
  line: number;
  message: string;
}

export interface CsvImport {
  candidates: CandidateDraft[];
  errors: RowError[];
}

/**
 * Turns data rows into candidates under `mapping`. Any row error means nothing is imported
 * (`candidates` is then empty); ids clash neither with each other nor with `existing`.
 */
export function candidatesFromRows(
  header: readonly string[],
  rows: readonly string[][],
  mapping: readonly ColumnTarget[],
  existing: readonly { id: string }[],
): CsvImport {
  const errors: RowError[] = [];
  if (!mapping.includes('name')) {
    return { candidates: [], errors: [{ line: 1, message: translate('editor.csv.errors.noNameColumn') }] };
  }
  const columns = header.map((h, i) => (h.trim() === '' ? translate('editor.csv.columnN', { n: i + 1 }) : h.trim()));
  const fieldColumns = columns.filter((_, i) => mapping[i] === 'field');
  const longColumn = fieldColumns.find((column) => [...column].length > TEXT_MAX_CODE_POINTS);
  if (longColumn !== undefined) {
    return { candidates: [], errors: [{ line: 1, message: translate('editor.csv.errors.tooLong', { column: `${longColumn.slice(0, 40)}…`, max: TEXT_MAX_CODE_POINTS }) }] };
  }
  const twice = fieldColumns.find((column, i) => fieldColumns.indexOf(column) !== i);
  if (twice !== undefined) {
    return { candidates: [], errors: [{ line: 1, message: translate('editor.csv.errors.duplicateColumn', { column: twice }) }] };
  }
  // A Set and a moving counter, not a scan per row: 10,000 rows stay well under a second.
  const taken = new Set(existing.map((t) => t.id));
  let nextNumber = 1;
  const freeCandidateId = () => {
    for (; ; nextNumber++) {
      const id = `cand-${String(nextNumber).padStart(2, '0')}`;
      if (!taken.has(id)) return id;
    }
  };
  const candidates: CandidateDraft[] = [];
  rows.forEach((row, r) => {
    const line = r + 2;
    if (row.length !== header.length) {
      errors.push({ line, message: translate('editor.csv.errors.columnCount', { count: row.length, header: header.length }) });
      return;
    }
    const long = row.findIndex((value, i) => mapping[i] !== 'ignore' && [...value.trim()].length > TEXT_MAX_CODE_POINTS);
    if (long >= 0) {
      errors.push({ line, message: translate('editor.csv.errors.tooLong', { column: columns[long], max: TEXT_MAX_CODE_POINTS }) });
      return;
    }
    const cell = (target: ColumnTarget) => row[mapping.indexOf(target)]?.trim() ?? '';
    const name = cell('name');
    if (name === '') {
      errors.push({ line, message: translate('editor.csv.errors.noName') });
      return;
    }
    let id = mapping.includes('id') ? cell('id') : '';
    if (id !== '' && !ID_PATTERN.test(id)) {
      errors.push({ line, message: translate('editor.csv.errors.badId', { id }) });
      return;
    }
    if (id !== '' && taken.has(id)) {
      errors.push({ line, message: translate('editor.csv.errors.duplicateId', { id }) });
      return;
    }
    if (id === '') {
      const slug = slugOf(name);
      id = slug !== '' && !taken.has(slug) ? slug : freeCandidateId();
    }
    taken.add(id);
    // fromEntries defines each key as data: a column named "__proto__" stays a field, never a prototype.
    const fields: Record<string, string> = Object.fromEntries(
      columns.flatMap((column, i) => (mapping[i] === 'field' && row[i].trim() !== '' ? [[column, row[i].trim()]] : [])),
    );
    candidates.push({ id, name, summary: cell('summary'), fields, documents: [], shortlisted: true });
  });
  return errors.length > 0 ? { candidates: [], errors } : { candidates, errors };
}
