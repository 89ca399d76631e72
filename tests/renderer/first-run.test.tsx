import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_EXERCISE_ID } from '../../core/demo/panel';
import { utf8Encode } from '../../core/encoding';
import { App } from '../../renderer/src/app/App';
import { importExercise, listWorkspaces, resetDatabase } from '../../renderer/src/db';
import { listDemoWorkspaces, resetDemo } from '../../renderer/src/db/demo-reset';
import { collectSheets, listCollectedSheets } from '../../renderer/src/db/secretariat-sheets';
import { CandidateList } from '../../renderer/src/features/member/CandidateList';
import { type FileOpenedByOs, type Platform, setPlatform } from '../../renderer/src/platform';
import { resetUiState } from '../../renderer/src/state';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { fixturePackage } from './helpers/exercise-fixture';

let opened: ((file: FileOpenedByOs) => void) | null;
let platform: Platform & { deleteSigner: ReturnType<typeof vi.fn> };

beforeEach(() => {
  opened = null;
  platform = {
    openFiles: vi.fn(() => Promise.resolve([])),
    saveFile: vi.fn(() => Promise.resolve({ saved: true })),
    getSigner: vi.fn(() => Promise.reject(new Error('not used in these tests'))),
    deleteSigner: vi.fn(() => Promise.resolve()),
    onFileOpened: (handler) => {
      opened = handler;
      return () => (opened = null);
    },
    appInfo: vi.fn(() => Promise.resolve({ name: 'Panelscore', version: 'test', runtime: 'browser' as const, keysProtectedByOs: false })),
  };
  setPlatform(platform);
});

afterEach(async () => {
  cleanup();
  resetUiState();
  localStorage.clear();
  setPlatform(null);
  await resetDatabase();
});

const demoPackage = () => fixturePackage({ exerciseId: DEMO_EXERCISE_ID, title: 'Demo exercise' });

describe('the welcome', () => {
  it('greets a computer with no exercise, and offers the demo for each role', async () => {
    render(<App />);
    const welcome = await screen.findByRole('region', { name: 'Welcome to Panelscore' }, { timeout: 10_000 });
    const demo = within(welcome).getByRole('group', { name: 'Try the demo exercise' });
    expect(within(demo).getAllByRole('button').map((b) => b.firstChild?.textContent)).toEqual([
      'Try it as a panel member',
      'Try it as the secretariat',
      'Try the debrief',
    ]);
  });

  it('steps aside once this computer holds an exercise', async () => {
    await importExercise('member', fixturePackage());
    render(<App />);
    await screen.findByRole('region', { name: 'Continue where you left off' }, { timeout: 10_000 });
    expect(screen.queryByRole('region', { name: 'Welcome to Panelscore' })).toBeNull();
  });

  it('opens the demo in the role picked', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: /Try it as the secretariat/ }, { timeout: 10_000 }));
    await waitFor(() => expect(useUiStore.getState().route).toEqual({ screen: 'workspace', role: 'secretariat', exerciseId: DEMO_EXERCISE_ID }), {
      timeout: 30_000,
    });
  }, 60_000);
});

describe('empty states', () => {
  it.each([
    ['member', 'No exercise package yet', /\.panelpkg/],
    ['secretariat', 'No exercise prepared yet', /New exercise/],
    ['debrief', 'No exercise to debrief yet', /score sheets/],
  ] as const)('the %s workspace without an exercise says what to do next', async (role, title, next) => {
    useUiStore.getState().openRole(role);
    render(<App />);
    const empty = await screen.findByRole('region', { name: title });
    expect(empty).toHaveTextContent(next);
  });

  it('the member workspace drops its empty state once a package is imported', async () => {
    await importExercise('member', fixturePackage());
    useUiStore.getState().openRole('member');
    render(<App />);
    await screen.findByRole('region', { name: 'Exercises in your panel member workspace' }, { timeout: 10_000 });
    expect(screen.queryByRole('region', { name: 'No exercise package yet' })).toBeNull();
  });

  it('the secretariat’s score sheets without any sheet say where sheets come from and what follows', async () => {
    await importExercise('secretariat', fixturePackage());
    useUiStore.getState().openRole('secretariat', 'ex-1');
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('tab', { name: 'Score sheets' }, { timeout: 10_000 }));
    const empty = await screen.findByRole('region', { name: 'No score sheet collected yet' }, { timeout: 10_000 });
    expect(empty).toHaveTextContent(/\.scores\.json.*Merge/);
    await collectSheets('secretariat:ex-1', [{ name: 'm.scores.json', bytes: utf8Encode('{"memberId":"m-one"}') }]);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'No score sheet collected yet' })).toBeNull(), { timeout: 10_000 });
  });

  it('a candidate list without candidates tells the member whom to ask', () => {
    const exercise = { ...fixturePackage().exercise, candidates: [] };
    render(<CandidateList exercise={exercise} progress={[]} onOpen={vi.fn()} />);
    expect(screen.getByRole('region', { name: 'No candidate in this exercise' })).toHaveTextContent(/Ask the secretariat/);
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('resetDemo', () => {
  it('deletes every row of the demo’s workspaces and nothing of the person’s own exercises', async () => {
    await importExercise('member', demoPackage());
    await importExercise('secretariat', demoPackage());
    await importExercise('secretariat', fixturePackage({ exerciseId: 'ex-real' }));
    await collectSheets(`secretariat:${DEMO_EXERCISE_ID}`, [{ name: 'm.scores.json', bytes: utf8Encode('{"memberId":"m-one"}') }]);
    await collectSheets('secretariat:ex-real', [{ name: 'm.scores.json', bytes: utf8Encode('{"memberId":"m-one"}') }]);

    const outcome = await resetDemo();
    expect(outcome.workspaces.map((w) => w.id).sort()).toEqual([`member:${DEMO_EXERCISE_ID}`, `secretariat:${DEMO_EXERCISE_ID}`]);
    expect(outcome.rows).toBeGreaterThanOrEqual(5);
    expect(await listDemoWorkspaces()).toEqual([]);
    expect(await listCollectedSheets(`secretariat:${DEMO_EXERCISE_ID}`)).toEqual([]);
    expect((await listWorkspaces()).map((w) => w.id)).toEqual(['secretariat:ex-real']);
    expect(await listCollectedSheets('secretariat:ex-real')).toHaveLength(1);
  });
});

describe('DemoReset', () => {
  it('asks first, then resets the demo, deletes its keys and says so', async () => {
    await importExercise('member', demoPackage());
    const user = userEvent.setup();
    render(<App />);
    const panel = await screen.findByRole('region', { name: 'Reset the demo' }, { timeout: 10_000 });
    await user.click(within(panel).getByRole('button', { name: 'Reset the demo…' }));
    await user.click(within(panel).getByRole('button', { name: 'Keep the demo' }));
    expect(await listDemoWorkspaces()).toHaveLength(1);

    await user.click(within(panel).getByRole('button', { name: 'Reset the demo…' }));
    await user.click(within(panel).getByRole('button', { name: 'Yes, delete the demo’s workspaces' }));
    expect(await screen.findByText(/The demo was reset: its workspace was removed/)).toHaveAttribute('role', 'status');
    expect(await listDemoWorkspaces()).toEqual([]);
    expect(platform.deleteSigner).toHaveBeenCalledWith('member', `member:${DEMO_EXERCISE_ID}`);
    expect(screen.queryByRole('region', { name: 'Reset the demo' })).toBeNull();
  });
});

describe('a file opened from the OS', () => {
  it('offers a score sheet to a secretariat exercise and collects it there', async () => {
    await importExercise('secretariat', fixturePackage());
    const user = userEvent.setup();
    render(<App />);
    const bytes = utf8Encode('{"memberId":"m-one"}');
    act(() => opened?.({ kind: 'score-sheet', name: 'm-one.r1.scores.json', bytes }));
    const prompt = await screen.findByRole('region', { name: 'Collect this score sheet as the secretariat?' });
    await user.click(await within(prompt).findByRole('button', { name: 'Head of Unit' }, { timeout: 10_000 }));
    await waitFor(() => expect(useUiStore.getState().route).toEqual({ screen: 'workspace', role: 'secretariat', exerciseId: 'ex-1' }));
    expect((await listCollectedSheets('secretariat:ex-1')).map((s) => s.fileName)).toEqual(['m-one.r1.scores.json']);
    expect(screen.queryByRole('region', { name: /Collect this score sheet/ })).toBeNull();
  });

  it('says a score sheet needs a secretariat exercise when there is none', async () => {
    render(<App />);
    act(() => opened?.({ kind: 'score-sheet', name: 'm.scores.json', bytes: new Uint8Array([123, 125]) }));
    const prompt = await screen.findByRole('region', { name: 'Collect this score sheet as the secretariat?' });
    await waitFor(() => expect(prompt).toHaveTextContent(/no secretariat exercise yet/), { timeout: 10_000 });
  });

  it('offers a package to the member import, and shows why a damaged one is refused', async () => {
    useUiStore.getState().openRole('secretariat');
    const user = userEvent.setup();
    render(<App />);
    act(() => opened?.({ kind: 'exercise-package', name: 'broken.panelpkg', bytes: utf8Encode('not a zip') }));
    const prompt = await screen.findByRole('region', { name: 'Open this exercise package as a panel member?' });
    expect(useUiStore.getState().route).toEqual({ screen: 'start' });
    await user.click(within(prompt).getByRole('button', { name: 'Import as a panel member' }));
    expect(await within(prompt).findByRole('alert')).toHaveTextContent(/broken\.panelpkg/);
    await user.click(within(prompt).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: /exercise package/ })).toBeNull();
    expect(await listWorkspaces()).toEqual([]);
  });
});
