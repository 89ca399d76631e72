import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { importExercise, resetDatabase } from '../../../renderer/src/db';
import { CloseExercise } from '../../../renderer/src/features/retention/CloseExercise';
import { useLanguageStore } from '../../../renderer/src/state/language-store';
import { fixturePackage } from '../helpers/exercise-fixture';

afterEach(async () => {
  cleanup();
  act(() => useLanguageStore.getState().setLanguage('en'));
  await resetDatabase();
});

describe('CloseExercise in French and Spanish', () => {
  it.each([
    ['fr', 'Clore cet exercice…', /Vous n’avez encore exporté aucune fiche de notation de cet exercice\. Exportez d’abord/, 'Effacer toute trace de ex-1'],
    ['es', 'Cerrar este proceso…', /Todavía no ha exportado ninguna hoja de puntuación de este proceso\. Exporte primero/, 'Borrar todo rastro de ex-1'],
  ] as const)('%s: says what was exported and what goes, in that language', async (language, open, evidence, confirm) => {
    await importExercise('member', fixturePackage());
    act(() => useLanguageStore.getState().setLanguage(language));
    const user = userEvent.setup();
    render(<CloseExercise role="member" exerciseId="ex-1" title="Director" scrub={() => Promise.resolve()} />);
    await user.click(screen.getByRole('button', { name: open }));
    expect(await screen.findByText(evidence)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: confirm })).toBeDisabled();
  });
});
