import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel } from '../../../renderer/src/features/backup/BackupPanel';
import { importExercise, resetDatabase } from '../../../renderer/src/db';
import { exportWorkspaceBackup } from '../../../renderer/src/db/backup';
import { setPlatform } from '../../../renderer/src/platform';
import type { Platform } from '../../../renderer/src/platform';
import { useLanguageStore } from '../../../renderer/src/state/language-store';
import { fixturePackage } from '../helpers/exercise-fixture';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

afterEach(async () => {
  cleanup();
  setPlatform(null);
  act(() => useLanguageStore.getState().setLanguage('en'));
  await resetDatabase();
});

function fakePlatform(file: { name: string; bytes: Uint8Array }): Platform {
  return {
    openFiles: vi.fn().mockResolvedValue([file]),
    saveFile: vi.fn().mockResolvedValue({ saved: true }),
    getSigner: vi.fn(),
    appInfo: vi.fn(),
  };
}

describe('BackupPanel in French', () => {
  it('names each workspace with its role and asks before replacing one, with the backup’s date written the French way', async () => {
    await importExercise('member', fixturePackage());
    const backup = await exportWorkspaceBackup('member:ex-1', 'backup passphrase', { params: FAST });
    setPlatform(fakePlatform({ name: backup.fileName, bytes: backup.bytes }));
    act(() => useLanguageStore.getState().setLanguage('fr'));
    render(<BackupPanel scryptParams={FAST} />);

    expect(screen.getByRole('heading', { name: 'Sauvegardes' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Sauvegarder Head of Unit (Membre du jury)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Restaurer à partir d’un fichier de sauvegarde…' }));
    await userEvent.type(await screen.findByLabelText(`Phrase secrète de ${backup.fileName}`), 'backup passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Ouvrir la sauvegarde' }));

    const question = await screen.findByRole('alertdialog', {}, { timeout: 10_000 });
    expect(question).toHaveTextContent(/^« Head of Unit » \(Membre du jury\) se trouve déjà sur cet ordinateur\. Le remplacer par la sauvegarde du \d+ \p{L}+ \d{4} à \d\d:\d\d UTC \?/u);
    expect(screen.getByRole('button', { name: 'Le remplacer' })).toBeInTheDocument();
  }, 30_000);
});
