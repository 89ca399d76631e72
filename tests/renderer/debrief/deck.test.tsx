import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCallback } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from '../../../renderer/src/app/use-live-query';
import { resetDatabase } from '../../../renderer/src/db';
import { DEFAULT_PRESENTATION, getDebriefState } from '../../../renderer/src/db/debrief-state';
import { DebriefDeck } from '../../../renderer/src/features/debrief/DebriefDeck';
import type { DebriefData } from '../../../renderer/src/features/debrief/debrief-model';
import { deckAction } from '../../../renderer/src/features/debrief/use-deck-keys';
import { demoDebrief } from './demo-debrief';

const WORKSPACE = 'debrief:isu-director-2026';
let data: DebriefData;

beforeAll(async () => {
  ({ data } = await demoDebrief());
}, 60_000);

afterEach(async () => {
  cleanup();
  await resetDatabase();
});

function LiveDeck({ onSettings = () => undefined }: { onSettings?: () => void }) {
  const state = useLiveQuery(useCallback(() => getDebriefState(WORKSPACE), []));
  if (state.status !== 'ready') return null;
  return (
    <DebriefDeck
      workspaceId={WORKSPACE}
      data={data}
      state={state.value}
      settings={DEFAULT_PRESENTATION}
      onSettings={onSettings}
      onShowSheets={() => undefined}
      onPrintReport={() => undefined}
    />
  );
}

const heading = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('deckAction', () => {
  it('maps the presentation keys and ignores keys with modifiers', () => {
    const key = (k: string, mods = {}) =>
      deckAction({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });
    expect([
      key('ArrowRight'),
      key('PageDown'),
      key('ArrowLeft'),
      key('PageUp'),
      key('Escape'),
      key('3'),
    ]).toEqual([
      { kind: 'next' },
      { kind: 'next' },
      { kind: 'previous' },
      { kind: 'previous' },
      { kind: 'leave' },
      { kind: 'candidate', index: 2 },
    ]);
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('0')).toBeNull();
  });
});

describe('DebriefDeck', { timeout: 20_000 }, () => {
  it('walks the reveal sequence with the keyboard and jumps to a candidate by number', async () => {
    const user = userEvent.setup();
    render(<LiveDeck />);
    const total = data.exercise.candidates.length + 6;
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      `1/${total} Score sheets received`,
    );
    await user.keyboard('{ArrowRight}');
    expect(heading()).toBe(`2/${total} ${data.exercise.candidates[0].name}`);
    await user.keyboard('3');
    expect(heading()).toBe(`4/${total} ${data.exercise.candidates[2].name}`);
    await user.keyboard('{PageDown}{PageDown}{PageDown}');
    expect(heading()).toBe(`7/${total} Comparison`);
    await user.keyboard('{PageUp}');
    expect(heading()).toBe(`6/${total} ${data.exercise.candidates[4].name}`);
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(heading()).toBe(`1/${total} Score sheets received`);
  });

  it('leaves keys typed into a field to the field', async () => {
    const user = userEvent.setup();
    render(<LiveDeck />);
    await screen.findByRole('heading', { level: 2 });
    await user.selectOptions(
      screen.getByLabelText('Go to view'),
      screen.getByRole('option', { name: /Outcome/ }),
    );
    await user.type(screen.getByLabelText('Rationale'), '2 {ArrowLeft}');
    expect(heading()).toMatch(/ Outcome$/);
  });

  it('switches theme and member naming through the settings it is given', async () => {
    const user = userEvent.setup();
    const onSettings = vi.fn();
    render(<LiveDeck onSettings={onSettings} />);
    await user.click(await screen.findByRole('button', { name: 'Light theme' }));
    await user.click(screen.getByRole('button', { name: 'Show members as A, B, …' }));
    expect(onSettings.mock.calls).toEqual([
      [{ theme: 'light', memberLabels: 'names' }],
      [{ theme: 'dark', memberLabels: 'letters' }],
    ]);
  });
});

describe('OutcomeView in the deck', () => {
  it(
    'saves the selected candidate, rationale and each concurrence as they are made',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      render(<LiveDeck />);
      await screen.findByRole('heading', { level: 2 });
      await user.selectOptions(
        screen.getByLabelText('Go to view'),
        screen.getByRole('option', { name: /Outcome/ }),
      );
      const leader = data.decision.candidates.find((c) => c.rank === 1)!;
      const leaderName = data.exercise.candidates.find((c) => c.id === leader.candidateId)!.name;
      await user.click(screen.getByRole('checkbox', { name: new RegExp(leaderName) }));
      await user.type(screen.getByLabelText('Rationale'), 'Best');
      const dissenter = data.exercise.panel[2];
      await user.click(
        within(screen.getByRole('radiogroup', { name: `Concurrence of ${dissenter.name}` })).getByRole(
          'radio',
          { name: 'Dissents' },
        ),
      );
      await user.type(screen.getByLabelText(`Note of ${dissenter.name}`), 'No');
      await vi.waitFor(async () =>
        expect((await getDebriefState(WORKSPACE)).draft).toEqual({
          selected: [leader.candidateId],
          rationale: 'Best',
          concurrences: [{ memberId: dissenter.id, agrees: false, note: 'No' }],
        }),
      );
    },
  );
});
