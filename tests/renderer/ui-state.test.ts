import { afterEach, describe, expect, it } from 'vitest';
import { resetUiState, sanitizeRoute } from '../../renderer/src/state';
import { useUiStore } from '../../renderer/src/state/ui-store';

afterEach(() => {
  resetUiState();
  localStorage.clear();
});

describe('sanitizeRoute', () => {
  it('keeps a well-formed workspace route', () => {
    expect(sanitizeRoute({ screen: 'workspace', role: 'debrief', exerciseId: 'ex-1' })).toEqual({ screen: 'workspace', role: 'debrief', exerciseId: 'ex-1' });
  });

  it('keeps a role route without an exercise', () => {
    expect(sanitizeRoute({ screen: 'workspace', role: 'member', exerciseId: null })).toEqual({ screen: 'workspace', role: 'member', exerciseId: null });
  });

  it('falls back to the start screen for anything it does not recognise', () => {
    expect(sanitizeRoute(null)).toEqual({ screen: 'start' });
    expect(sanitizeRoute('workspace')).toEqual({ screen: 'start' });
    expect(sanitizeRoute({ screen: 'workspace', role: 'admin', exerciseId: 'ex-1' })).toEqual({ screen: 'start' });
  });
});

describe('ui store', () => {
  it('remembers the open workspace in localStorage, so a reload reopens it', () => {
    useUiStore.getState().openRole('secretariat', 'ex-9');
    const saved = JSON.parse(localStorage.getItem('panelscore.ui') ?? '{}');
    expect(saved.state).toEqual({ route: { screen: 'workspace', role: 'secretariat', exerciseId: 'ex-9' } });
  });

  it('restores a remembered route and ignores a tampered one', async () => {
    localStorage.setItem('panelscore.ui', JSON.stringify({ state: { route: { screen: 'workspace', role: 'member', exerciseId: 'ex-2' } }, version: 1 }));
    await useUiStore.persist.rehydrate();
    expect(useUiStore.getState().route).toEqual({ screen: 'workspace', role: 'member', exerciseId: 'ex-2' });

    localStorage.setItem('panelscore.ui', JSON.stringify({ state: { route: { screen: 'workspace', role: 'root' } }, version: 1 }));
    await useUiStore.persist.rehydrate();
    expect(useUiStore.getState().route).toEqual({ screen: 'start' });
  });
});
