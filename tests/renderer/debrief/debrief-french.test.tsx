// The debrief in the interface language: French words, French numbers (decimal comma) and
// French member letters, with the same numbers as in English.

import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CandidateView } from '../../../renderer/src/features/debrief/CandidateView';
import { ComparisonView } from '../../../renderer/src/features/debrief/ComparisonView';
import { type DebriefData, memberLabeller } from '../../../renderer/src/features/debrief/debrief-model';
import { VerificationView } from '../../../renderer/src/features/debrief/VerificationView';
import { outcomeProblems } from '../../../renderer/src/features/debrief/sign-decision';
import { useLanguageStore } from '../../../renderer/src/state/language-store';
import { byName, demoDebrief } from './demo-debrief';

let data: DebriefData;

beforeAll(async () => {
  ({ data } = await demoDebrief());
}, 60_000);

beforeEach(() => act(() => useLanguageStore.getState().setLanguage('fr')));

afterEach(() => {
  cleanup();
  act(() => useLanguageStore.getState().setLanguage('en'));
});

/** `3.45` as French writes it: `3,45`. */
const french = (x: number) => x.toFixed(2).replace('.', ',');

describe('the debrief in French', { timeout: 20_000 }, () => {
  it('shows a candidate’s panel score with a decimal comma, in French words', () => {
    const { candidateId } = data.decision.divergences[0];
    const result = data.decision.candidates.find((c) => c.candidateId === candidateId)!;
    const divergent = data.decision.divergences.filter((d) => d.candidateId === candidateId).length;
    const { container } = render(
      <CandidateView
        workspaceId="debrief:x"
        data={data}
        candidateId={candidateId}
        consensus={[]}
        label={byName(data)}
      />,
    );
    const facts = container.querySelector('.deck-facts')!;
    expect(facts).toHaveTextContent(`Note du jury ${french(result.panelScore!)}`);
    expect(facts).toHaveTextContent(
      divergent === 1 ? '1 compétence divergente' : `${divergent} compétences divergentes`,
    );
    expect(screen.getByRole('button', { name: 'Afficher sous forme de tableau' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /^Notes de .+ par compétence et par membre : une ligne par compétence/,
      }),
    ).toBeInTheDocument();
  });

  it('writes the means of the comparison’s table alternative the French way', async () => {
    render(<ComparisonView data={data} />);
    expect(
      screen.getByRole('img', { name: 'Moyenne du jury par candidat et par compétence' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Afficher sous forme de tableau' }));
    const table = screen.getByRole('table', { name: 'Moyenne du jury par candidat et par compétence' });
    const first = data.decision.candidates[0];
    const name = data.exercise.candidates.find((c) => c.id === first.candidateId)!.name;
    const row = within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(data.exercise.criteria.map((k) => french(first.criteria[k.id].mean!)));
    expect(screen.getByRole('table', { name: /^Classement indépendant/ })).toBeInTheDocument();
  });

  it('names members as Membre A, B, … and counts sheets with French plurals', () => {
    render(<VerificationView data={data} label={memberLabeller(data.exercise, 'letters')} />);
    const n = data.decision.inputs.length;
    expect(
      screen.getByRole('heading', {
        name: `${n} fiches de notation, pour un jury de ${data.exercise.panel.length} membres`,
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Non confirmée/ })).toHaveTextContent(/^Membre [A-E]/);
    expect(screen.getByRole('heading', { name: 'Aucun fichier n’a été rejeté' })).toBeInTheDocument();
  });

  it('says in French what is missing before the decision can be signed', () => {
    const problems = outcomeProblems(
      { selected: [], rationale: '', concurrences: [] },
      data.exercise,
      memberLabeller(data.exercise, 'letters'),
    );
    expect(problems[0]).toBe('Sélectionnez le ou les candidats recommandés sous « Résultat ».');
    expect(problems[2]).toMatch(
      /^Indiquez si Membre A, Membre B, .* approuvent ou expriment une opinion divergente/,
    );
  });
});

describe('the debrief in Spanish', { timeout: 20_000 }, () => {
  it('uses the Spanish words and the decimal comma', () => {
    act(() => useLanguageStore.getState().setLanguage('es'));
    const { candidateId } = data.decision.divergences[0];
    const result = data.decision.candidates.find((c) => c.candidateId === candidateId)!;
    const { container } = render(
      <CandidateView
        workspaceId="debrief:x"
        data={data}
        candidateId={candidateId}
        consensus={[]}
        label={byName(data)}
      />,
    );
    expect(container.querySelector('.deck-facts')).toHaveTextContent(
      `Puntuación del tribunal ${french(result.panelScore!)}`,
    );
    expect(screen.getByRole('button', { name: 'Mostrar las evidencias' })).toBeInTheDocument();
  });
});
