import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/src/app/App';
import { formatBytes, formatTimestamp } from '../../../renderer/src/app/format';
import { resetDatabase } from '../../../renderer/src/db';
import { i18n } from '../../../renderer/src/i18n';
import { type Platform, setPlatform } from '../../../renderer/src/platform';
import { resetUiState } from '../../../renderer/src/state';
import { useLanguageStore } from '../../../renderer/src/state/language-store';

function fakePlatform(): Platform {
  return {
    openFiles: vi.fn(() => Promise.resolve([])),
    saveFile: vi.fn(() => Promise.resolve({ saved: true })),
    getSigner: vi.fn(() => Promise.reject(new Error('not used in these tests'))),
    appInfo: vi.fn(() => Promise.resolve({ name: 'Panelscore', version: 'test', runtime: 'browser' as const, keysProtectedByOs: false })),
  };
}

beforeEach(() => setPlatform(fakePlatform()));

afterEach(async () => {
  cleanup();
  act(() => useLanguageStore.getState().setLanguage('en'));
  resetUiState();
  localStorage.clear();
  setPlatform(null);
  await resetDatabase();
});

describe('the language picker', () => {
  it('re-renders the start screen in French and keeps French after a remount', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What is your part in this selection?');

    await user.selectOptions(screen.getByLabelText('Language'), 'Français');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quel est votre rôle dans cette sélection ?');
    expect(screen.getByRole('button', { name: 'Membre du jury' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(JSON.parse(localStorage.getItem('panelscore.language') ?? '{}')).toMatchObject({ state: { language: 'fr' } });

    unmount();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quel est votre rôle dans cette sélection ?');
    expect(screen.getByLabelText('Langue')).toHaveValue('fr');
  });

  it('switches to Spanish and back to English', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Language'), 'Español');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('¿Cuál es su función en esta selección?');
    await user.selectOptions(screen.getByLabelText('Idioma'), 'English');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What is your part in this selection?');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a remembered language the app does not have', async () => {
    localStorage.setItem('panelscore.language', JSON.stringify({ state: { language: 'xx' }, version: 1 }));
    await act(() => useLanguageStore.persist.rehydrate());
    expect(useLanguageStore.getState().language).toBe('en');
  });
});

describe('locale formatting', () => {
  it('formats dates and sizes in the conventions of the chosen language', () => {
    expect(formatTimestamp('2026-05-04T09:00:00Z')).toBe('4 May 2026 at 09:00 UTC');
    expect(formatBytes(1_230)).toBe('1.2 kB');
    act(() => useLanguageStore.getState().setLanguage('fr'));
    expect(i18n.language).toBe('fr');
    expect(formatTimestamp('2026-05-04T09:00:00Z')).toBe('4 mai 2026 à 09:00 UTC');
    expect(formatBytes(1_230)).toMatch(/^1,2\s?ko$/);
    act(() => useLanguageStore.getState().setLanguage('es'));
    expect(formatTimestamp('2026-05-04T09:00:00Z')).toBe('4 de mayo de 2026 a las 9:00 UTC');
  });
});
