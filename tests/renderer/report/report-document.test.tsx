import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatScore } from '../../../core/report/format';
import { buildReportModel } from '../../../core/report/report-model';
import type { ReportModel } from '../../../core/report/report-model';
import { ReportDocument } from '../../../renderer/src/features/report/ReportDocument';
import { decidedDemo } from '../../helpers/decided-demo';
import type { DecidedDemo } from '../../helpers/decided-demo';

let decided: DecidedDemo;
let model: ReportModel;
beforeAll(async () => {
  decided = await decidedDemo();
  model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, sheets: decided.sheets });
}, 60_000);

afterEach(cleanup);

// Rendering the whole report in jsdom takes seconds on a loaded machine.
describe('ReportDocument', { timeout: 30_000 }, () => {
  it('has every section of the comparative analysis report', () => {
    render(<ReportDocument model={model} />);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Exercise and panel',
      'Method',
      'Results',
      'Results per candidate',
      'Divergences and how they were resolved',
      'Reliability',
      'Outcome',
      'Inputs, hashes and fingerprints',
    ]);
    for (const candidate of decided.demo.exercise.candidates) expect(screen.getByRole('heading', { level: 3, name: new RegExp(candidate.name) })).toBeInTheDocument();
  });

  it('names every chart and gives each a table with the same numbers', () => {
    render(<ReportDocument model={model} />);
    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(2 + decided.demo.exercise.candidates.length);
    for (const chart of charts) expect(chart).toHaveAccessibleName();
    for (const chart of charts) expect(chart).toHaveAccessibleDescription();
    const ranking = screen.getByRole('table', { name: 'Ranking: independent and with consensus' });
    for (const c of decided.decision.candidates) {
      const name = decided.demo.exercise.candidates.find((x) => x.id === c.candidateId)!.name;
      const row = within(ranking).getByRole('row', { name: new RegExp(name) });
      expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(formatScore(c.panelScore));
      expect(screen.getByRole('table', { name: `Scores of ${name} by criterion` })).toBeInTheDocument();
    }
    expect(screen.getByRole('table', { name: 'Panel mean of each candidate on each criterion' })).toBeInTheDocument();
  });

  it('shows each divergence with the consensus that resolved it', () => {
    render(<ReportDocument model={model} />);
    const table = screen.getByRole('table', { name: /Items where members’ scores differ/ });
    const agreed = decided.decision.outcome!.consensus[0];
    expect(within(table).getAllByRole('row')).toHaveLength(decided.decision.divergences.length + 1);
    expect(within(table).getByText(new RegExp(`Consensus score ${agreed.score}: ${agreed.justification}`))).toBeInTheDocument();
    expect(within(table).getAllByText(/the independent scores stand/)).toHaveLength(decided.decision.divergences.length - 1);
  });

  it('records the outcome, each concurrence and the hash and fingerprint of every input', () => {
    render(<ReportDocument model={model} />);
    const concurrences = screen.getByRole('table', { name: 'Concurrences' });
    expect(within(concurrences).getAllByText('dissents')).toHaveLength(1);
    const inputs = screen.getByRole('table', { name: 'Score sheets merged' });
    for (const input of decided.decision.inputs) {
      expect(within(inputs).getByText(input.sheetHash)).toBeInTheDocument();
      expect(within(inputs).getByText(input.fingerprint)).toBeInTheDocument();
    }
    expect(screen.getByText(model.decision.hash)).toBeInTheDocument();
    expect(screen.getByText(decided.decision.exerciseHash)).toBeInTheDocument();
  });

  it('quotes members’ evidence, and says so when the sheets were not given', () => {
    const { unmount } = render(<ReportDocument model={model} />);
    const evidence = decided.sheets.flatMap((s) => s.candidates.flatMap((c) => c.ratings.map((r) => r.evidence))).find((e) => e !== undefined && e.length > 20);
    expect(evidence).toBeDefined();
    expect(screen.getAllByText(evidence!, { exact: false }).length).toBeGreaterThan(0);
    unmount();
    render(<ReportDocument model={buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision })} />);
    expect(screen.getAllByText(/Evidence excerpts are not included: the score sheets were not given/)).toHaveLength(decided.demo.exercise.candidates.length);
  });
});
