// The competency editor and the CSV import speak the interface language, including the CSV
// reader's own error messages built outside React.

import { cleanup, render, screen, within } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Scale } from '../../../core/types';
import { CriteriaEditor } from '../../../renderer/src/features/secretariat/editor/CriteriaEditor';
import { CsvImport } from '../../../renderer/src/features/secretariat/editor/CsvImport';
import { CsvError, candidatesFromRows, parseCsv } from '../../../renderer/src/features/secretariat/editor/csv';
import { newCriterion } from '../../../renderer/src/features/secretariat/editor/draft';
import { type Language, useLanguageStore } from '../../../renderer/src/state/language-store';

const scale: Scale = { min: 1, max: 3, step: 1 };

function speak(language: Language): void {
  act(() => useLanguageStore.getState().setLanguage(language));
}

afterEach(() => {
  cleanup();
  speak('en');
  localStorage.clear();
});

describe('CriteriaEditor in French', () => {
  it('labels the card, its fields, kinds and anchors in French', () => {
    speak('fr');
    const criterion = { ...newCriterion([]), name: 'Leadership', weight: '1' };
    render(<CriteriaEditor criteria={[criterion]} scale={scale} onChange={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Compétences (1)');
    const card = screen.getByRole('listitem', { name: 'Leadership' });
    expect(within(card).getByRole('textbox', { name: 'Pondération' })).toHaveValue('1');
    expect(within(card).getByRole('status', { name: 'Part de Leadership' })).toHaveTextContent('100 %');
    expect(within(card).getAllByRole('option').map((o) => o.textContent)).toEqual(['De base', 'Fonctionnelle', 'Technique']);
    expect(within(card).getByRole('textbox', { name: 'Repère pour 2' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: '↑ Monter' })).toBeDisabled();
  });
});

describe('CsvImport in Spanish', () => {
  it('counts candidates with Spanish plurals and names the column mapping in Spanish', () => {
    speak('es');
    render(<CsvImport text={'Name,Post\nAda,Director\nBo,Jefa\n'} fileName="lista.csv" existing={[]} onImport={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByRole('region', { name: 'Importación de lista.csv' })).toHaveTextContent('lista.csv: 2 filas');
    expect(screen.getByRole('status')).toHaveTextContent('2 candidatos listos para importar.');
    expect(screen.getByRole('combobox', { name: 'Destino de la columna Name' })).toHaveDisplayValue('Nombre');
    expect(screen.getByRole('button', { name: 'Importar 2 candidatos' })).toBeEnabled();
  });

  it('explains an unreadable file in Spanish, with the line the reader stopped at', () => {
    speak('es');
    render(<CsvImport text={'Name\n"Ada\n'} fileName="rota.csv" existing={[]} onImport={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'rota.csv no se puede leer como CSV. Línea 2: un campo entre comillas nunca se cierra. Añada las comillas de cierre o compruebe que el archivo es una exportación CSV completa. No se ha importado nada.',
    );
  });
});

describe('the CSV reader’s messages', () => {
  it('are built in the language of the moment, with their line and counts', () => {
    speak('fr');
    expect(() => parseCsv('Name\nA"b\n')).toThrow(new CsvError('Ligne 2 : un guillemet au milieu d’un champ sans guillemets. Mettez tout le champ entre guillemets et doublez le guillemet ("").'));
    const result = candidatesFromRows(['Name', 'Post'], [['Ada']], ['name', 'field'], []);
    expect(result.errors).toEqual([{ line: 2, message: 'compte 1 colonne alors que l’en-tête en compte 2 : vérifiez qu’aucun séparateur ne manque ou n’est en trop.' }]);
  });

  it('names an unnamed column after its position in the current language', () => {
    speak('es');
    const result = candidatesFromRows(['Name', ''], [['Ada', 'Malta']], ['name', 'field'], []);
    expect(result.candidates[0].fields).toEqual({ 'Columna 2': 'Malta' });
  });
});
