import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvImport } from '../../renderer/src/features/secretariat/editor/CsvImport';
import { CsvError, candidatesFromRows, parseCsv, suggestMapping } from '../../renderer/src/features/secretariat/editor/csv';

afterEach(cleanup);

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks (RFC 4180)', () => {
    const text = 'Name,Note\r\n"Doe, Jane","said ""yes""\nthen left"\r\nBo,plain\r\n';
    expect(parseCsv(text)).toEqual([
      ['Name', 'Note'],
      ['Doe, Jane', 'said "yes"\nthen left'],
      ['Bo', 'plain'],
    ]);
  });

  it('drops a BOM and blank lines and keeps an empty last field', () => {
    expect(parseCsv('\uFEFFa;b\n\nx;\n', ';')).toEqual([
      ['a', 'b'],
      ['x', ''],
    ]);
  });

  it('refuses a quoted field that is never closed, naming its line', () => {
    expect(() => parseCsv('Name\n"open\n')).toThrow(CsvError);
    expect(() => parseCsv('Name\nok\n"open\n')).toThrow(/Line 3/);
  });
});

describe('candidatesFromRows', () => {
  const header = ['ID', 'Name', 'Nationality'];

  it('maps columns to id, name and extra fields', () => {
    const mapping = suggestMapping(header);
    expect(mapping).toEqual(['id', 'name', 'field']);
    const result = candidatesFromRows(header, [['c1', 'Ada', 'Malta']], mapping, []);
    expect(result.errors).toEqual([]);
    expect(result.candidates).toEqual([{ id: 'c1', name: 'Ada', summary: '', fields: { Nationality: 'Malta' }, documents: [], shortlisted: true }]);
  });

  it('imports nothing when one row is bad, and lists every bad row by line', () => {
    const rows = [['c1', 'Ada', 'Malta'], ['c1', 'Bo', 'Peru'], ['c 3', 'Cy', 'Chile'], ['c4', '', 'Laos']];
    const result = candidatesFromRows(header, rows, suggestMapping(header), []);
    expect(result.candidates).toEqual([]);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(result.errors[0].message).toContain('another candidate already has');
  });

  it('makes ids from names when no column holds them, without clashing with existing candidates', () => {
    const result = candidatesFromRows(['Name'], [['Ada Lovelace'], ['Ada Lovelace']], ['name'], [{ id: 'ada-lovelace' }]);
    expect(result.candidates.map((c) => c.id)).toEqual(['cand-01', 'cand-02']);
  });
});

describe('CsvImport', () => {
  it('previews a good file and imports every row', async () => {
    const onImport = vi.fn();
    const user = userEvent.setup();
    render(<CsvImport text={'Name,Nationality\nAda,Malta\nBo,Peru\n'} fileName="list.csv" existing={[]} onImport={onImport} onCancel={vi.fn()} />);
    expect(screen.getByRole('table')).toHaveTextContent('Malta');
    await user.click(screen.getByRole('button', { name: 'Import 2 candidates' }));
    expect(onImport).toHaveBeenCalledTimes(1);
    expect((onImport.mock.calls[0][0] as { name: string }[]).map((c) => c.name)).toEqual(['Ada', 'Bo']);
  });

  it('shows the row errors of a bad file and offers no import', () => {
    const onImport = vi.fn();
    render(<CsvImport text={'Name,Nationality\nAda,Malta\n,Peru\nCy\n'} fileName="bad.csv" existing={[]} onImport={onImport} onCancel={vi.fn()} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('nothing will be imported');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 3 has no name: fill it in or remove the row.',
      'Line 4 has 1 column where the header has 2: check for a missing or extra delimiter.',
    ]);
    expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
  });

  it('lets a column be remapped, and refuses a mapping without a name column', async () => {
    const user = userEvent.setup();
    render(<CsvImport text={'Name,Post\nAda,Director\n'} fileName="list.csv" existing={[]} onImport={vi.fn()} onCancel={vi.fn()} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column Name goes to' }), 'ignore');
    expect(screen.getByRole('alert')).toHaveTextContent('No column is mapped to the candidate’s name');
  });
});
