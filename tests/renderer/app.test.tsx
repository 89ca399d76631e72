import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../renderer/src/app/App';
import { getDocument, importExercise, resetDatabase } from '../../renderer/src/db';
import { type Platform, setPlatform } from '../../renderer/src/platform';
import { resetUiState } from '../../renderer/src/state';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { DEMO_EXERCISE_ID } from '../../core/demo';
import { fixturePackage } from './helpers/exercise-fixture';

const DEMO_TITLE = 'Director, Implementation Support Unit (DEMO)';

function fakePlatform(): Platform & { saveFile: ReturnType<typeof vi.fn> } {
  return {
    openFiles: vi.fn(() => Promise.resolve([])),
    saveFile: vi.fn(() => Promise.resolve({ saved: true })),
    getSigner: vi.fn(() => Promise.reject(new Error('not used in these tests'))),
    appInfo: vi.fn(() => Promise.resolve({ name: 'Panelscore', version: 'test', runtime: 'browser' as const, keysProtectedByOs: false })),
  };
}

let platform: ReturnType<typeof fakePlatform>;

beforeEach(() => {
  platform = fakePlatform();
  setPlatform(platform);
});

afterEach(async () => {
  cleanup();
  resetUiState();
  localStorage.clear();
  setPlatform(null);
  await resetDatabase();
});

async function openDemoAs(roleLabel: string) {
  const user = userEvent.setup();
  render(<App />);
  await user.selectOptions(screen.getByLabelText('Open it as'), roleLabel);
  await user.click(screen.getByRole('button', { name: 'Open the demo exercise' }));
  await screen.findByRole('heading', { name: DEMO_TITLE, level: 1 }, { timeout: 30_000 });
  return user;
}

describe('start screen', () => {
  it('offers the three roles, each with what it is for', () => {
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What is your part in this selection?');
    for (const [role, words] of [
      ['Panel member', /signed score sheet/],
      ['Secretariat', /merge/],
      ['Debrief', /consensus/],
    ] as const) {
      expect(screen.getByRole('button', { name: role, description: words })).toBeInTheDocument();
    }
  });

  it('opens the chosen role’s workspace, which explains how an exercise gets there', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Panel member' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Panel member' })).toBeInTheDocument();
    expect(screen.getByText(/sends you the exercise as a signed package/)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'You are here' })).toHaveTextContent('Panel member');
    await user.click(screen.getByRole('button', { name: 'Change role' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('What is your part in this selection?');
  });
});

describe('opening the demo exercise', () => {
  it('verifies and stores the demo, then shows its competencies, candidates and secretariat key', async () => {
    await openDemoAs('Panel member');
    expect(screen.getByRole('heading', { name: 'Before the interviews' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /^Competencies \(\d+\)$/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Candidates (5)' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Save a copy of / })).toHaveLength(5);
    expect(screen.getByRole('navigation', { name: 'You are here' })).toHaveTextContent(DEMO_TITLE);
    // Members see the panel, but not the keys pinned for it.
    expect(screen.queryByRole('columnheader', { name: 'Key fingerprint' })).not.toBeInTheDocument();
  }, 60_000);

  it('shows the stored exercise again when the app starts anew (data from IndexedDB, route remembered)', async () => {
    await openDemoAs('Secretariat');
    cleanup();
    await act(() => useUiStore.persist.rehydrate());
    render(<App />);
    expect(await screen.findByRole('heading', { name: DEMO_TITLE, level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'The exercise as issued' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Key fingerprint' })).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Change role' }));
    const recent = await screen.findByRole('region', { name: 'Continue where you left off' });
    expect(within(recent).getByRole('button', { name: new RegExp(DEMO_TITLE.replace(/[()]/g, '\\$&')) })).toHaveTextContent('Secretariat');
  }, 60_000);

  it('saves a copy of a candidate’s document with the bytes stored from the package', async () => {
    const user = await openDemoAs('Secretariat');
    const buttons = screen.getAllByRole('button', { name: /^Save a copy of / });
    await user.click(buttons[0]);
    expect(platform.saveFile).toHaveBeenCalledTimes(1);
    const [name, bytes, filters] = platform.saveFile.mock.calls[0] as [string, Uint8Array, { extensions: string[] }[]];
    expect(name).toMatch(/\.pdf$/);
    expect(filters[0].extensions).toEqual(['pdf']);
    const stored = await getDocument(`secretariat:${DEMO_EXERCISE_ID}`, `documents/cand-01/${name}`);
    expect(Array.from(bytes)).toEqual(Array.from(stored!.bytes));
  }, 60_000);

  it('refuses the demo, saying why, when this workspace pinned another secretariat key for that exercise', async () => {
    await importExercise('member', fixturePackage({ exerciseId: DEMO_EXERCISE_ID, title: 'Earlier package', secretariatSeed: 9 }));
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByLabelText('Open it as'), 'Panel member');
    await user.click(screen.getByRole('button', { name: 'Open the demo exercise' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 30_000 });
    expect(alert).toHaveTextContent(/signed by secretariat key .* but the exercise was first imported with key/);
    expect(alert).toHaveTextContent(/ask the secretariat to confirm/);
  }, 60_000);
});

describe('workspace screen', () => {
  it('says so, and offers a way on, when the remembered exercise is no longer stored', async () => {
    useUiStore.getState().openRole('member', 'gone-exercise');
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('no panel member workspace for the exercise “gone-exercise”');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'See the exercises you have' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Panel member' })).toBeInTheDocument();
  });

  it('lists the exercises stored for the role, and opens one', async () => {
    await importExercise('member', fixturePackage({ title: 'Head of Unit' }));
    await importExercise('secretariat', fixturePackage({ exerciseId: 'other', title: 'Not for members' }));
    useUiStore.getState().openRole('member');
    render(<App />);
    const list = await screen.findByRole('region', { name: /Exercises in your panel member workspace/ });
    expect(within(list).queryByText('Not for members')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(list).getByRole('button', { name: /Head of Unit/ }));
    expect(await screen.findByRole('heading', { name: 'Head of Unit', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Ada Example')).toBeInTheDocument();
  });
});
