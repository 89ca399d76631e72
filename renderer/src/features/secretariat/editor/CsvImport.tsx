// Importing candidates from a CSV file: map each column, preview the first rows, and see every
// row error before anything is added. One bad row means no row is imported.

import { useState } from 'react';
import { type ColumnTarget, CsvError, candidatesFromRows, guessDelimiter, parseCsv, suggestMapping } from './csv';
import { translate, useT } from '../../../i18n';
import type { CandidateDraft } from './draft';

const TARGETS: readonly ColumnTarget[] = ['name', 'id', 'summary', 'field', 'ignore'];

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
    if (rows.length === 0) return { ok: false, error: translate('editor.csv.errors.empty') };
    return { ok: true, header: rows[0], rows: rows.slice(1) };
  } catch (error) {
    return { ok: false, error: error instanceof CsvError ? error.message : String(error) };
  }
}

/** The mapping, preview and errors of one CSV file. */
export function CsvImport({ text, fileName, existing, onImport, onCancel }: Props) {
  const t = useT();
  const [parsed] = useState(() => readTable(text));
  const [mapping, setMapping] = useState<ColumnTarget[]>(() => (parsed.ok ? suggestMapping(parsed.header) : []));
  if (!parsed.ok) {
    return (
      <div className="csv-import" role="region" aria-label={t('editor.csv.region', { name: fileName })}>
        <p className="alert alert--error" role="alert">
          {t('editor.csv.unreadable', { name: fileName, error: parsed.error })}
        </p>
        <button type="button" className="button" onClick={onCancel}>
          {t('editor.csv.close')}
        </button>
      </div>
    );
  }
  const { header, rows } = parsed;
  const result = candidatesFromRows(header, rows, mapping, existing);
  return (
    <div className="csv-import" role="region" aria-label={t('editor.csv.region', { name: fileName })}>
      <h3>{t('editor.csv.rows', { name: fileName, count: rows.length })}</h3>
      <div className="csv-import__table">
        <table>
          <caption>{t('editor.csv.caption')}</caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={i} scope="col">
                  <label className="editor__field">
                    {h || t('editor.csv.columnN', { n: i + 1 })}
                    <select
                      aria-label={t('editor.csv.goesTo', { column: h || i + 1 })}
                      value={mapping[i]}
                      onChange={(e) => setMapping(mapping.map((m, j) => (j === i ? (e.target.value as ColumnTarget) : m)))}
                    >
                      {TARGETS.map((target) => (
                        <option key={target} value={target}>
                          {t(`editor.csv.targets.${target}`)}
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
          <p>{t('editor.csv.problems', { count: result.errors.length })}</p>
          <ul>
            {result.errors.map((e) => (
              <li key={e.line}>{t('editor.csv.rowError', { line: e.line, message: e.message })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status">{t('editor.csv.ready', { count: result.candidates.length })}</p>
      )}
      <div className="editor__actions">
        <button type="button" className="button button--primary" disabled={result.errors.length > 0 || result.candidates.length === 0} onClick={() => onImport(result.candidates)}>
          {t('editor.csv.import', { count: result.candidates.length })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('editor.csv.cancel')}
        </button>
      </div>
    </div>
  );
}
