// The import confirmation and the save indicator in the interface language: the member reads
// the fingerprint question, the fate of their scores and the saved state in French or Spanish too.

import { act } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../../../core/types';
import type { ImportPlan } from '../../../renderer/src/db';
import { ImportConfirmation } from '../../../renderer/src/features/member/ImportConfirmation';
import { SaveIndicator } from '../../../renderer/src/features/member/SaveIndicator';
import { useLanguageStore } from '../../../renderer/src/state/language-store';

const EXERCISE = {
  title: 'Head of Unit',
  issuedAt: '2026-05-04T09:00:00Z',
  secretariat: { name: 'Treaty Secretariat', publicKey: 'x' },
} as unknown as Exercise;

const NEWER = (droppedScores: number): ImportPlan => ({
  kind: 'newer',
  workspaceId: 'member:x',
  fingerprint: '3f2a 91c0',
  previousIssuedAt: '2026-05-01T09:00:00Z',
  droppedScores,
});

function speak(language: 'en' | 'fr' | 'es') {
  act(() => useLanguageStore.getState().setLanguage(language));
}

afterEach(() => {
  cleanup();
  speak('en');
});

describe('ImportConfirmation', () => {
  it('asks the member to compare the fingerprint aloud, in French', () => {
    speak('fr');
    render(<ImportConfirmation exercise={EXERCISE} plan={{ kind: 'new', workspaceId: 'member:x', fingerprint: '3f2a 91c0' }} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('« Head of Unit » : vérifiez qui l’a signé');
    expect(screen.getByText(/avec le secrétariat \(Treaty Secretariat\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirmer : l’empreinte correspond' })).toBeInTheDocument();
  });

  it('says how many scores a newer version removes, singular and plural', () => {
    const { rerender } = render(<ImportConfirmation exercise={EXERCISE} plan={NEWER(1)} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByText(/; 1 score for candidates or competencies no longer in it will be removed\./)).toBeInTheDocument();
    rerender(<ImportConfirmation exercise={EXERCISE} plan={NEWER(3)} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByText(/; 3 scores for candidates or competencies/)).toBeInTheDocument();
    rerender(<ImportConfirmation exercise={EXERCISE} plan={NEWER(0)} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByText(/none of them is lost\./)).toBeInTheDocument();
    speak('es');
    rerender(<ImportConfirmation exercise={EXERCISE} plan={NEWER(2)} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByText(/se eliminarán 2 puntuaciones/)).toBeInTheDocument();
  });

  it('names both fingerprints when the package is signed by another key', () => {
    speak('es');
    const plan: ImportPlan = { kind: 'foreign', workspaceId: 'member:x', fingerprint: 'aaaa 1111', pinnedFingerprint: 'bbbb 2222' };
    render(<ImportConfirmation exercise={EXERCISE} plan={plan} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('firmado con la clave de secretaría aaaa 1111, pero usted importó este proceso por primera vez con la clave bbbb 2222');
    expect(alert.querySelectorAll('code.fingerprint')).toHaveLength(2);
  });
});

describe('SaveIndicator', () => {
  it('says Saved with the time, and what went wrong, in the interface language', () => {
    speak('fr');
    const at = new Date(2026, 4, 4, 14, 3, 22);
    const { rerender } = render(<SaveIndicator state={{ status: 'saved', at }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Enregistré à 14:03:22');
    rerender(<SaveIndicator state={{ status: 'failed', message: 'disque plein.' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Non enregistré : disque plein.');
    speak('en');
    rerender(<SaveIndicator state={{ status: 'saving' }} />);
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
  });
});
