import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../core/report/report-model';
import type { ReportModel } from '../../../core/report/report-model';
import { reliabilityReadings } from '../../../core/report/reliability-reading';
import type { Reliability } from '../../../core/types';
import { INTL_LOCALES, i18n } from '../../../renderer/src/i18n';
import { ReportDocument } from '../../../renderer/src/features/report/ReportDocument';
import { renderReportHtml } from '../../../renderer/src/features/report/render-report-html';
import { REPORT_LOCALES, reliabilityText, reportI18n } from '../../../renderer/src/features/report/report-i18n';
import { useLanguageStore } from '../../../renderer/src/state/language-store';
import { decidedDemo } from '../../helpers/decided-demo';
import type { DecidedDemo } from '../../helpers/decided-demo';

let decided: DecidedDemo;
let model: ReportModel;
beforeAll(async () => {
  decided = await decidedDemo();
  model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, sheets: decided.sheets, anonymous: true });
}, 60_000);

afterEach(() => {
  cleanup();
  act(() => useLanguageStore.getState().setLanguage('en'));
});

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

// Rendering the whole report in jsdom takes seconds on a loaded machine.
describe('the report in the interface language', { timeout: 30_000 }, () => {
  it('is written in French when the interface is in French, member letters and readings included', () => {
    act(() => useLanguageStore.getState().setLanguage('fr'));
    render(<ReportDocument model={model} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Exercice et jury',
      'Méthode',
      'Résultats',
      'Résultats par candidat',
      'Divergences et leur résolution',
      'Fiabilité',
      'Décision',
      'Données d’entrée, empreintes et clés',
    ]);
    expect(screen.getByRole('article')).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('table', { name: 'Classement : indépendant et avec consensus' })).toBeInTheDocument();
    const panel = screen.getByRole('table', { name: 'Le jury' });
    expect(within(panel).getByRole('rowheader', { name: 'Membre A' })).toBeInTheDocument();
    expect(screen.queryByText(/^Member [A-Z]$/)).toBeNull();
    const reliability = screen.getByRole('table', { name: /Cohérence de la notation du jury/ });
    expect(within(reliability).getByRole('rowheader', { name: 'W de Kendall' })).toBeInTheDocument();
  });

  it('writes dates the French way when the interface is in French', () => {
    act(() => useLanguageStore.getState().setLanguage('fr'));
    render(<ReportDocument model={model} />);
    const decided = new Date(model.outcome!.decidedAt);
    const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' }).format(decided);
    expect(screen.getByText(new RegExp(`^Décision prise le \\d+ ${month} \\d{4} à \\d\\d:\\d\\d UTC\\. Recommandation :`))).toBeInTheDocument();
  });

  it('follows the interface when it changes back to English', () => {
    act(() => useLanguageStore.getState().setLanguage('es'));
    render(<ReportDocument model={model} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Fiabilidad' })).toBeInTheDocument();
    act(() => useLanguageStore.getState().setLanguage('en'));
    expect(screen.getByRole('heading', { level: 2, name: 'Reliability' })).toBeInTheDocument();
    expect(screen.getAllByText(/^Member [A-Z]$/).length).toBeGreaterThan(0);
  });
});

describe('renderReportHtml in a chosen language', { timeout: 30_000 }, () => {
  it('writes the standalone report in French when asked, without changing the app’s language', () => {
    const doc = parse(renderReportHtml(model, { language: 'fr' }));
    expect(doc.documentElement.lang).toBe('fr');
    expect(doc.title).toBe(`Rapport d’analyse comparative — ${model.exercise.title}`);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toContain('Fiabilité');
    expect(i18n.language).toBe('en');
  });

  it('stays English by default, whatever the interface language', () => {
    act(() => useLanguageStore.getState().setLanguage('es'));
    const doc = parse(renderReportHtml(model));
    expect(doc.documentElement.lang).toBe('en');
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toContain('Reliability');
  });
});

describe('reliabilityText', () => {
  // Values that fall in every band core/report/reliability-reading.ts reads a coefficient with.
  const values = [null, -0.5, 0.2, 0.4, 0.6, 0.7, 0.72, 0.8, 0.85, 0.95];

  it('translates every reading core can give, in French and Spanish', () => {
    for (const language of ['fr', 'es'] as const) {
      const t = reportI18n(language).t;
      for (const value of values) {
        const reliability: Reliability = { icc21: value, icc2k: value, kendallW: value, krippendorffAlpha: value };
        for (const reading of reliabilityReadings(reliability)) {
          const text = reliabilityText(t, reading);
          expect(text.reading, `${language} ${reading.key} ${String(value)}`).not.toBe(reading.reading);
          expect(text.measures).not.toBe(reading.measures);
        }
      }
    }
  });

  it('keeps core’s English words in English', () => {
    const t = reportI18n('en').t;
    for (const reading of reliabilityReadings({ icc21: 0.6, icc2k: null, kendallW: 0.75, krippendorffAlpha: 0.9 })) {
      expect(reliabilityText(t, reading)).toEqual({ label: reading.label, measures: reading.measures, reading: reading.reading });
    }
  });
});

describe('REPORT_LOCALES', () => {
  it('formats each language with the same Intl locale as the app’s screens, so app and CLI reports read alike', () => {
    expect(REPORT_LOCALES).toEqual(INTL_LOCALES);
  });
});
