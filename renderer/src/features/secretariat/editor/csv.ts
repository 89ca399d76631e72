// Candidate lists from spreadsheets: an RFC 4180 CSV reader (no CSV library is installed)
// and the column mapping that turns rows into candidates, all rows or none.

import { ID_PATTERN } from '../../../../../core/formats/common';
import { type CandidateDraft, freeId, slugOf } from './draft';

/** A CSV file that cannot be read at all (not a row problem). */
export class CsvError extends Error {}

/**
 * Parses RFC 4180 CSV: fields separated by `delimiter`, quoted with '"' ('""' inside quotes is
 * one quote), records ended by CRLF or LF. A leading BOM is dropped; blank lines are skipped.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let quoteLine = 0;
  const endField = () => {
    row.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') {
      if (field !== '' || wasQuoted) throw new CsvError(`Line ${line}: a quote mark in the middle of an unquoted field. Put the whole field in quotes and double the quote mark ("").`);
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      endRow();
      line++;
    } else {
      if (wasQuoted) throw new CsvError(`Line ${line}: text after the closing quote of a field. Put the whole field in quotes.`);
      field += ch;
    }
  }
  if (quoted) throw new CsvError(`Line ${quoteLine}: a quoted field is never closed. Add the closing quote mark, or check that the file is a complete CSV export.`);
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
    return { candidates: [], errors: [{ line: 1, message: 'No column is mapped to the candidate’s name: choose the column that holds it.' }] };
  }
  const taken: { id: string }[] = [...existing];
  const candidates: CandidateDraft[] = [];
  rows.forEach((row, r) => {
    const line = r + 2;
    if (row.length !== header.length) {
      errors.push({ line, message: `has ${row.length} columns where the header has ${header.length}: check for a missing or extra delimiter.` });
      return;
    }
    const cell = (target: ColumnTarget) => row[mapping.indexOf(target)]?.trim() ?? '';
    const name = cell('name');
    if (name === '') {
      errors.push({ line, message: 'has no name: fill it in or remove the row.' });
      return;
    }
    let id = mapping.includes('id') ? cell('id') : '';
    if (id !== '' && !ID_PATTERN.test(id)) {
      errors.push({ line, message: `has the id “${id}”, which is not an identifier (1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit).` });
      return;
    }
    if (id !== '' && taken.some((t) => t.id === id)) {
      errors.push({ line, message: `has the id “${id}”, which another candidate already has: ids must be unique.` });
      return;
    }
    if (id === '') {
      const slug = slugOf(name);
      id = slug !== '' && !taken.some((t) => t.id === slug) ? slug : freeId('cand', taken);
    }
    taken.push({ id });
    const fields: Record<string, string> = {};
    mapping.forEach((target, i) => {
      const column = header[i].trim() === '' ? `Column ${String(i + 1)}` : header[i].trim();
      if (target === 'field' && row[i].trim() !== '') fields[column] = row[i].trim();
    });
    candidates.push({ id, name, summary: cell('summary'), fields, documents: [], shortlisted: true });
  });
  return errors.length > 0 ? { candidates: [], errors } : { candidates, errors };
}
