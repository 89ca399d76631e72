// Importing candidates from a CSV file: map each column, preview the first rows, and see every
// row error before anything is added. One bad row means no row is imported.

import { useState } from 'react';
import { type ColumnTarget, CsvError, candidatesFromRows, guessDelimiter, parseCsv, suggestMapping } from './csv';
import type { CandidateDraft } from './draft';

const TARGETS: { value: ColumnTarget; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'id', label: 'Id' },
  { value: 'summary', label: 'Summary' },
  { value: 'field', label: 'Field (under its header)' },
  { value: 'ignore', label: 'Leave out' },
];

interface Props {
  /** The file's text. */
  text: string;
  fileName: string;
  existing: readonly { id: string }[];
  onImport: (candidates: CandidateDraft[]) => void;
  onCancel: () => void;
}

type Table = { ok: true; header: string[]; rows: string[][] } | { ok: false; error: string };

function readTable(text: string): Table {
  try {
    const rows = parseCsv(text, guessDelimiter(text));
    if (rows.length === 0) return { ok: false, error: 'The file is empty: export the candidate list again with a header row.' };
    return { ok: true, header: rows[0], rows: rows.slice(1) };
  } catch (error) {
    return { ok: false, error: error instanceof CsvError ? error.message : String(error) };
  }
}

/** The mapping, preview and errors of one CSV file. */
export function CsvImport({ text, fileName, existing, onImport, onCancel }: Props) {
  const [parsed] = useState(() => readTable(text));
  const [mapping, setMapping] = useState<ColumnTarget[]>(() => (parsed.ok ? suggestMapping(parsed.header) : []));
  if (!parsed.ok) {
    return (
      <div className="csv-import" role="region" aria-label={`Import of ${fileName}`}>
        <p className="alert alert--error" role="alert">
          {fileName} cannot be read as CSV. {parsed.error} Nothing was imported.
        </p>
        <button type="button" className="button" onClick={onCancel}>
          Close
        </button>
      </div>
    );
  }
  const { header, rows } = parsed;
  const result = candidatesFromRows(header, rows, mapping, existing);
  return (
    <div className="csv-import" role="region" aria-label={`Import of ${fileName}`}>
      <h3>
        {fileName}: {rows.length} {rows.length === 1 ? 'row' : 'rows'}
      </h3>
      <div className="csv-import__table">
        <table>
          <caption>Columns and the first rows</caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i} scope="col">
                  <label className="editor__field">
                    {h || `Column ${i + 1}`}
                    <select
                      aria-label={`Column ${h || i + 1} goes to`}
                      value={mapping[i]}
                      onChange={(e) => setMapping(mapping.map((m, j) => (j === i ? (e.target.value as ColumnTarget) : m)))}
                    >
                      {TARGETS.map((t) => (
                        <option key={t.value} value={t.value}>
                          {t.label}
                        </option>
                      ))}
                    </select>
                  </label>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 5).map((row, r) => (
              <tr key={r}>
                {header.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.errors.length > 0 ? (
        <div className="alert alert--error" role="alert">
          <p>
            {result.errors.length === 1 ? 'One row has a problem' : `${result.errors.length} rows have problems`}, so nothing will be imported. Correct the
            file (or the column mapping) and import it again.
          </p>
          <ul>
            {result.errors.map((e) => (
              <li key={e.line}>
                Line {e.line} {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status">
          {result.candidates.length} {result.candidates.length === 1 ? 'candidate' : 'candidates'} ready to import.
        </p>
      )}
      <div className="editor__actions">
        <button type="button" className="button button--primary" disabled={result.errors.length > 0 || result.candidates.length === 0} onClick={() => onImport(result.candidates)}>
          Import {result.candidates.length} {result.candidates.length === 1 ? 'candidate' : 'candidates'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
