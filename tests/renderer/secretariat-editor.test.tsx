import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fingerprint, memorySigner } from '../../core/crypto/ed25519';
import { readPackage } from '../../core/package/package';
import { getExercise, resetDatabase } from '../../renderer/src/db';
import { NEW_EXERCISE_SLOT, loadDraft } from '../../renderer/src/db/secretariat-drafts';
import { CriteriaEditor } from '../../renderer/src/features/secretariat/editor/CriteriaEditor';
import { ExerciseAuthoring } from '../../renderer/src/features/secretariat/editor/ExerciseAuthoring';
import { type CriterionDraft, type ExerciseDraft, SCALE_PRESETS, emptyDraft } from '../../renderer/src/features/secretariat/editor/draft';
import { type Platform, setPlatform } from '../../renderer/src/platform';
import { testKey } from './helpers/exercise-fixture';

const criterion = (id: string, name: string, weight: string): CriterionDraft => ({
  id, name, kind: 'core', weight, description: '', indicators: '', anchors: {}, questions: '',
});

function Harness({ initial, onChange }: { initial: CriterionDraft[]; onChange?: (c: CriterionDraft[]) => void }) {
  const [criteria, setCriteria] = useState(initial);
  return (
    <CriteriaEditor
      criteria={criteria}
      scale={SCALE_PRESETS.four}
      onChange={(next) => {
        setCriteria(next);
        onChange?.(next);
      }}
    />
  );
}

afterEach(async () => {
  cleanup();
  setPlatform(null);
  await resetDatabase();
});

describe('CriteriaEditor', () => {
  it('shows each weight as its share of the total, updated as a weight is typed', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[criterion('a', 'Leadership', '3'), criterion('b', 'Diplomacy', '1')]} />);
    expect(screen.getByRole('status', { name: 'Share of Leadership' })).toHaveTextContent('75 %');
    expect(screen.getByRole('status', { name: 'Share of Diplomacy' })).toHaveTextContent('25 %');
    const diplomacy = screen.getByRole('listitem', { name: 'Diplomacy' });
    await user.clear(within(diplomacy).getByRole('textbox', { name: 'Weight' }));
    await user.type(within(diplomacy).getByRole('textbox', { name: 'Weight' }), '3');
    expect(screen.getByRole('status', { name: 'Share of Leadership' })).toHaveTextContent('50 %');
    await user.clear(within(diplomacy).getByRole('textbox', { name: 'Weight' }));
    expect(screen.getByRole('status', { name: 'Share of Leadership' })).toHaveTextContent('—');
  });

  it('moves a competency up and down, and not past either end', async () => {
    const user = userEvent.setup();
    render(<Harness initial={[criterion('a', 'Leadership', '1'), criterion('b', 'Diplomacy', '1'), criterion('c', 'Management', '1')]} />);
    const names = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('editor__card')).map((li) => li.getAttribute('aria-label'));
    await user.click(within(screen.getByRole('listitem', { name: 'Management' })).getByRole('button', { name: '↑ Move up' }));
    expect(names()).toEqual(['Leadership', 'Management', 'Diplomacy']);
    await user.click(within(screen.getByRole('listitem', { name: 'Leadership' })).getByRole('button', { name: '↓ Move down' }));
    expect(names()).toEqual(['Management', 'Leadership', 'Diplomacy']);
    expect(within(screen.getByRole('listitem', { name: 'Management' })).getByRole('button', { name: '↑ Move up' })).toBeDisabled();
    expect(within(screen.getByRole('listitem', { name: 'Diplomacy' })).getByRole('button', { name: '↓ Move down' })).toBeDisabled();
  });

  it('offers an anchor for every point of the scale, labelled, and stores what is typed', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={[criterion('a', 'Leadership', '1')]} onChange={onChange} />);
    const card = screen.getByRole('listitem', { name: 'Leadership' });
    const anchors = within(card).getAllByRole('textbox', { name: /^Anchor for/ });
    expect(anchors).toHaveLength(4);
    expect(within(card).getByText('4 · Outstanding')).toBeInTheDocument();
    await user.type(within(card).getByRole('textbox', { name: 'Anchor for 4' }), 'X');
    expect((onChange.mock.lastCall?.[0] as CriterionDraft[])[0].anchors).toEqual({ '4': 'X' });
  });

  it('starts from the demo’s competencies when asked', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={[]} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Start from the demo’s competencies' }));
    expect((onChange.mock.lastCall?.[0] as CriterionDraft[]).length).toBeGreaterThan(2);
    expect(screen.getByRole('listitem', { name: 'Strategic engagement with States Parties' })).toBeInTheDocument();
  });
});

const SECRET = new Uint8Array(32).fill(9);

function smallDraft(): ExerciseDraft {
  return {
    ...emptyDraft(),
    exerciseId: 'head-of-unit',
    title: 'Head of Unit',
    secretariatName: 'Test secretariat',
    criteria: [criterion('leadership', 'Leadership', '2'), criterion('diplomacy', 'Diplomacy', '1')],
    candidates: [
      { id: 'ada', name: 'Ada', summary: '', fields: {}, documents: [], shortlisted: true },
      { id: 'bo', name: 'Bo', summary: '', fields: {}, documents: [], shortlisted: false },
    ],
    panel: [{ id: 'm-one', name: 'Member One', affiliation: '', role: 'chair', publicKey: '' }],
  };
}

describe('ExerciseAuthoring', () => {
  let platform: Platform & { saveFile: ReturnType<typeof vi.fn> };
  beforeEach(() => {
    const signer = memorySigner(SECRET);
    platform = {
      openFiles: vi.fn(() => Promise.resolve([])),
      saveFile: vi.fn(() => Promise.resolve({ saved: true })),
      getSigner: vi.fn(() => Promise.resolve({ signer, fingerprint: fingerprint(signer.publicKey) })),
      appInfo: vi.fn(() => Promise.resolve({ name: 'Panelscore', version: 'test', runtime: 'browser' as const, keysProtectedByOs: false })),
    };
    setPlatform(platform);
  });

  it('shows why the draft cannot be issued yet, saves it as it is typed, and discards it on request', async () => {
    const user = userEvent.setup();
    render(<ExerciseAuthoring slot={NEW_EXERCISE_SLOT} start={emptyDraft} onIssued={vi.fn()} />);
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Head of Unit');
    expect(screen.getByRole('textbox', { name: 'Exercise id' })).toHaveValue('head-of-unit');
    const status = screen.getByText(/Not ready to issue/).parentElement!;
    expect(status).toHaveTextContent('Give the secretariat’s name');
    await user.type(screen.getByRole('textbox', { name: 'Secretariat name (shown to members)' }), 'Test secretariat');
    expect(status).toHaveTextContent('Add at least one competency');
    expect(screen.getByRole('button', { name: 'Review and issue…' })).toBeDisabled();
    await waitFor(async () => expect((await loadDraft<ExerciseDraft>(NEW_EXERCISE_SLOT))?.secretariatName).toBe('Test secretariat'));

    await user.click(screen.getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue(''));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await loadDraft(NEW_EXERCISE_SLOT)).toBeUndefined();
  });

  it('saves what was typed last when the editor is closed before the save delay', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<ExerciseAuthoring slot={NEW_EXERCISE_SLOT} start={emptyDraft} onIssued={vi.fn()} />);
    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Quick');
    unmount();
    // Well before the save delay would have passed: only the save on closing can have stored it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await loadDraft<ExerciseDraft>(NEW_EXERCISE_SLOT))?.title).toBe('Quick');
  });

  it('issues a signed package of the shortlist, stores it in the secretariat workspace and shows changes on re-issue', async () => {
    const user = userEvent.setup();
    const onIssued = vi.fn();
    const { unmount } = render(<ExerciseAuthoring slot={NEW_EXERCISE_SLOT} start={smallDraft} onIssued={onIssued} />);
    await user.click(await screen.findByRole('button', { name: 'Review and issue…' }));
    expect(await screen.findByText(fingerprint(memorySigner(SECRET).publicKey))).toBeInTheDocument();
    expect(screen.getByText('1 candidate not on the shortlist will not be sent.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign and save head-of-unit.panelpkg' }));
    await waitFor(() => expect(onIssued).toHaveBeenCalled());
    expect(platform.getSigner).toHaveBeenCalledWith('secretariat', 'secretariat:head-of-unit');
    const [name, bytes] = platform.saveFile.mock.calls[0] as [string, Uint8Array];
    expect(name).toBe('head-of-unit.panelpkg');
    const pkg = await readPackage(bytes);
    expect(pkg.exercise.candidates.map((c) => c.id)).toEqual(['ada']);
    const stored = await getExercise('secretariat:head-of-unit');
    expect(stored?.exerciseHash).toBe(pkg.exerciseHash);
    expect(await loadDraft(NEW_EXERCISE_SLOT)).toBeUndefined();
    unmount();

    const key = testKey(4);
    const changed = (): ExerciseDraft => ({ ...smallDraft(), panel: [{ id: 'm-one', name: 'Member One', affiliation: '', role: 'chair', publicKey: key }] });
    render(<ExerciseAuthoring slot="secretariat:head-of-unit" start={changed} previous={pkg.exercise} onIssued={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Review and issue…' }));
    const changes = await screen.findByRole('heading', { name: 'Changes since the package issued before' });
    expect(changes.nextElementSibling).toHaveTextContent(`Key of Member One pinned: ${fingerprint(key)}.`);
  });

  it('warns before a new exercise replaces one this computer issued under the same id', async () => {
    const user = userEvent.setup();
    const first = render(<ExerciseAuthoring slot={NEW_EXERCISE_SLOT} start={smallDraft} onIssued={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Review and issue…' }));
    await user.click(await screen.findByRole('button', { name: 'Sign and save head-of-unit.panelpkg' }));
    await waitFor(() => expect(platform.saveFile).toHaveBeenCalled());
    first.unmount();

    const other = (): ExerciseDraft => ({ ...smallDraft(), title: 'Head of Unit (second round)' });
    render(<ExerciseAuthoring slot={NEW_EXERCISE_SLOT} start={other} onIssued={vi.fn()} />);
    await user.click(await screen.findByRole('button', { name: 'Review and issue…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('already issued an exercise with the id “head-of-unit” (“Head of Unit”)');
    expect(screen.getByRole('heading', { name: 'Changes since the package issued before' }).nextElementSibling).toHaveTextContent(
      'Title changed to “Head of Unit (second round)”.',
    );
  });

  it('switches between the scale presets, the anchors following the scale’s points', async () => {
    const user = userEvent.setup();
    render(<ExerciseAuthoring slot={NEW_EXERCISE_SLOT} start={smallDraft} onIssued={vi.fn()} />);
    const leadership = await screen.findByRole('listitem', { name: 'Leadership' });
    expect(within(leadership).getAllByRole('textbox', { name: /^Anchor for/ })).toHaveLength(5);
    await user.click(screen.getByRole('radio', { name: 'Four levels: Unsatisfactory to Outstanding' }));
    expect(within(leadership).getAllByRole('textbox', { name: /^Anchor for/ })).toHaveLength(4);
    expect(within(leadership).getByText('2 · Partially satisfactory')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Custom range, in half points' }));
    expect(within(leadership).getAllByRole('textbox', { name: /^Anchor for/ }).map((input) => input.getAttribute('aria-label'))).toContain('Anchor for 1.5');
    await user.clear(screen.getByRole('textbox', { name: 'Highest score' }));
    await user.type(screen.getByRole('textbox', { name: 'Highest score' }), '3');
    expect(within(leadership).getAllByRole('textbox', { name: /^Anchor for/ })).toHaveLength(5);
    expect(screen.getByText(/Ready to issue/)).toBeInTheDocument();
  });
});
